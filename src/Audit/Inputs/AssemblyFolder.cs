using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// The assemblies of a bin or publish folder. Where the folder holds an application's .deps.json, it says
    /// which package each assembly came from. Native libraries beside them are not .NET assemblies and are left out.
    /// </summary>
    internal static class AssemblyFolder
    {
        public static IReadOnlyList<AuditedAssembly> Read(string folder)
        {
            var dependencies = Directory.EnumerateFiles(folder, "*.dll")
                .Where(path => AssemblyFiles.KindOf(path) != AssemblyKind.Native)
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToImmutableArray();
            var packages = DependencyManifest.PackagesByFileName(folder);
            return dependencies.Select(path => new AuditedAssembly(path, packages.TryGetValue(Path.GetFileName(path), out var package) ? package : null, dependencies)).ToArray();
        }

        public static AuditedAssembly ReadOne(string assemblyPath)
        {
            var full = Path.GetFullPath(assemblyPath);
            if (AssemblyFiles.KindOf(full) != AssemblyKind.Managed)
            {
                throw new AuditInputException($"{assemblyPath} is not a .NET assembly: give a .dll or .exe with metadata.");
            }

            var folder = Path.GetDirectoryName(full)!;
            var packages = DependencyManifest.PackagesByFileName(folder);
            return new AuditedAssembly(
                full,
                packages.TryGetValue(Path.GetFileName(full), out var package) ? package : null,
                Directory.EnumerateFiles(folder, "*.dll").ToImmutableArray());
        }
    }
}
