using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// The package assemblies a restored project runs with, transitive ones included, read from its
    /// obj/project.assets.json: for each target framework, each package's runtime assets.
    /// </summary>
    internal static class ProjectAssets
    {
        public static IEnumerable<AuditedAssembly> Read(string projectPath)
        {
            var assetsPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(projectPath))!, "obj", "project.assets.json");
            if (!File.Exists(assetsPath))
            {
                throw new AuditInputException($"{projectPath} has not been restored ({assetsPath} does not exist): run `dotnet restore {projectPath}` first.");
            }

            using var document = JsonDocument.Parse(File.ReadAllText(assetsPath));
            var root = document.RootElement;
            var packageFolders = root.GetProperty("packageFolders").EnumerateObject().Select(folder => folder.Name).ToArray();
            var libraries = root.GetProperty("libraries");
            var seen = new HashSet<string>();
            foreach (var target in root.GetProperty("targets").EnumerateObject())
            {
                var assemblies = new List<(string Path, PackageIdentity Package)>();
                foreach (var library in target.Value.EnumerateObject())
                {
                    if (!library.Value.TryGetProperty("type", out var type) || type.GetString() != "package"
                        || !library.Value.TryGetProperty("runtime", out var runtime))
                    {
                        continue;
                    }

                    var slash = library.Name.IndexOf('/');
                    var package = new PackageIdentity(library.Name.Substring(0, slash), library.Name.Substring(slash + 1));
                    var libraryPath = libraries.GetProperty(library.Name).GetProperty("path").GetString()!;
                    foreach (var asset in runtime.EnumerateObject().Where(asset => asset.Name.EndsWith(".dll", System.StringComparison.OrdinalIgnoreCase)))
                    {
                        var path = packageFolders.Select(folder => Path.Combine(folder, libraryPath, asset.Name)).FirstOrDefault(File.Exists);
                        if (path is not null)
                        {
                            assemblies.Add((path, package));
                        }
                    }
                }

                var dependencies = assemblies.Select(assembly => assembly.Path).ToImmutableArray();
                foreach (var (path, package) in assemblies)
                {
                    // A multi-targeted project restores a package once per framework; one audit of it is enough.
                    if (seen.Add(package + "/" + Path.GetFileName(path)))
                    {
                        yield return new AuditedAssembly(path, package, dependencies);
                    }
                }
            }
        }
    }
}
