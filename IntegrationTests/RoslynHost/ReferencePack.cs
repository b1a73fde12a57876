using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace BindNoPort.RoslynHost;

/// <summary>The reference assemblies of the framework this program runs on, from the SDK's targeting pack, as a project build would reference them.</summary>
internal static class ReferencePack
{
    public static string Directory { get; } = Locate();

    public static MetadataReference[] References() =>
        System.IO.Directory.GetFiles(Directory, "*.dll").Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();

    private static string Locate()
    {
        // The runtime runs from <dotnet root>/shared/Microsoft.NETCore.App/<version>/; its pack sits under <dotnet root>/packs.
        string runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var version = Environment.Version;
        string directory = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref", version.ToString(), "ref", $"net{version.Major}.{version.Minor}");
        return System.IO.Directory.Exists(directory)
            ? directory
            : throw new InvalidOperationException($"No reference assemblies for the running framework {version} at {directory}.");
    }
}
