using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// The assemblies of a bin or publish folder. Where the folder holds an application's .deps.json, it says
    /// which package each assembly came from.
    /// </summary>
    internal static class AssemblyFolder
    {
        public static IEnumerable<AuditedAssembly> Read(string folder)
        {
            var dependencies = Directory.EnumerateFiles(folder, "*.dll").OrderBy(path => path, StringComparer.Ordinal).ToImmutableArray();
            var packages = PackagesFromDepsFiles(folder);
            return dependencies.Select(path => new AuditedAssembly(path, packages.TryGetValue(Path.GetFileName(path), out var package) ? package : null, dependencies));
        }

        public static AuditedAssembly ReadOne(string assemblyPath)
        {
            var full = Path.GetFullPath(assemblyPath);
            var folder = Path.GetDirectoryName(full)!;
            var packages = PackagesFromDepsFiles(folder);
            return new AuditedAssembly(
                full,
                packages.TryGetValue(Path.GetFileName(full), out var package) ? package : null,
                Directory.EnumerateFiles(folder, "*.dll").ToImmutableArray());
        }

        private static Dictionary<string, PackageIdentity> PackagesFromDepsFiles(string folder)
        {
            var packages = new Dictionary<string, PackageIdentity>(StringComparer.OrdinalIgnoreCase);
            foreach (var depsFile in Directory.EnumerateFiles(folder, "*.deps.json"))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(depsFile));
                if (!document.RootElement.TryGetProperty("targets", out var targets))
                {
                    continue;
                }

                foreach (var library in targets.EnumerateObject().SelectMany(target => target.Value.EnumerateObject()))
                {
                    var slash = library.Name.IndexOf('/');
                    if (slash < 0 || !library.Value.TryGetProperty("runtime", out var runtime))
                    {
                        continue;
                    }

                    foreach (var asset in runtime.EnumerateObject())
                    {
                        packages.TryAdd(Path.GetFileName(asset.Name), new PackageIdentity(library.Name.Substring(0, slash), library.Name.Substring(slash + 1)));
                    }
                }
            }

            return packages;
        }
    }
}
