using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// The assemblies .NET itself ships: the shared framework's, and the System.* packages built with it. Their
    /// sockets are the framework's own; the audit is about what the dependencies do with them.
    /// </summary>
    internal static class FrameworkAssemblies
    {
        private static readonly Lazy<HashSet<string>> SharedFrameworkNames = new(() =>
            new HashSet<string>(
                Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").Select(Path.GetFileNameWithoutExtension).OfType<string>(),
                StringComparer.OrdinalIgnoreCase));

        // Read once: every compilation of every audited assembly references them, each trace round again.
        private static readonly Lazy<string[]> ManagedPaths = new(() =>
            Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").Where(AssemblyFiles.HasMetadata).ToArray());

        /// <summary>The shared framework's managed assemblies, the references every decompiled type compiles against.</summary>
        public static IReadOnlyList<string> ReferencePaths() => ManagedPaths.Value;

        public static bool Contains(string assemblyPath)
        {
            var name = Path.GetFileNameWithoutExtension(assemblyPath);
            return SharedFrameworkNames.Value.Contains(name)
                || name.Equals("netstandard", StringComparison.OrdinalIgnoreCase)
                || name.Equals("mscorlib", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("System.", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Microsoft.Win32.", StringComparison.OrdinalIgnoreCase);
        }
    }
}
