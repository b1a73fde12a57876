using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Tests.Verifiers
{
    /// <summary>
    /// The net10.0 reference assemblies test sources compile against: the SDK's
    /// Microsoft.NETCore.App.Ref pack when installed, else the running runtime's assemblies.
    /// Loaded once; never from the network.
    /// </summary>
    public static class ReferenceAssemblies
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> NetCore = new(LoadNetCore);
        private static readonly Lazy<MetadataReference> RuntimeLibrary = new(() =>
            MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "BindNoPort.Runtime.dll")));

        public static ImmutableArray<MetadataReference> For(TestOptions options) =>
            options.ReferenceRuntime ? NetCore.Value.Add(RuntimeLibrary.Value) : NetCore.Value;

        private static ImmutableArray<MetadataReference> LoadNetCore()
        {
            var paths = ReferencePackAssemblies() ?? TrustedPlatformAssemblies();
            return paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
        }

        private static string[]? ReferencePackAssemblies()
        {
            // shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll -> dotnet root
            var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
            var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            var major = Environment.Version.Major;
            var refDirectory = Directory.Exists(packs)
                ? Directory.GetDirectories(packs, major + ".*")
                    .Select(version => Path.Combine(version, "ref", $"net{major}.0"))
                    .Where(Directory.Exists)
                    .OrderByDescending(path => Version.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path)!)!)))
                    .FirstOrDefault()
                : null;
            return refDirectory is null ? null : Directory.GetFiles(refDirectory, "*.dll");
        }

        private static string[] TrustedPlatformAssemblies() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                    || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll")
                .ToArray();
    }
}
