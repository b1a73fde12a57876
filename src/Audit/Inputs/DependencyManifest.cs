using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyModel;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>The packages an application's .deps.json says its assemblies came from, by file name, read with the runtime's own reader.</summary>
    internal static class DependencyManifest
    {
        public static Dictionary<string, PackageIdentity> PackagesByFileName(string folder)
        {
            var packages = new Dictionary<string, PackageIdentity>(StringComparer.OrdinalIgnoreCase);
            foreach (var depsFile in Directory.EnumerateFiles(folder, "*.deps.json").OrderBy(path => path, StringComparer.Ordinal))
            {
                var context = UnreadableInput.Guard(depsFile, "a .deps.json", () =>
                {
                    using var stream = File.OpenRead(depsFile);
                    using var reader = new DependencyContextJsonReader();
                    return reader.Read(stream);
                });
                foreach (var library in context.RuntimeLibraries.Where(library => library.Type == "package"))
                {
                    foreach (var asset in library.RuntimeAssemblyGroups.SelectMany(group => group.AssetPaths))
                    {
                        packages.TryAdd(Path.GetFileName(asset), new PackageIdentity(library.Name, library.Version));
                    }
                }
            }

            return packages;
        }
    }
}
