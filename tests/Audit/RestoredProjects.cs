using System.IO;

namespace BindNoPort.Tests.Audit
{
    /// <summary>
    /// A project folder with the assets file restore writes: one package of its own and one of the framework's, in a
    /// package folder beside it; with a restore error, the file also carries the error restore logged.
    /// </summary>
    internal static class RestoredProjects
    {
        public static string Write(CompiledLibrary library, string name, string? restoreError = null)
        {
            var packages = Path.Combine(library.Folder, "packages");
            foreach (var (package, file) in new[] { ("sample.client", "Sample.dll"), ("system.text.json", "System.Text.Json.dll") })
            {
                var lib = Directory.CreateDirectory(Path.Combine(packages, package, "1.2.3", "lib", "net8.0")).FullName;
                File.Copy(library.Path, Path.Combine(lib, file), overwrite: true);
            }

            var folder = Directory.CreateDirectory(Path.Combine(library.Folder, name, "obj")).Parent!.FullName;
            var project = Path.Combine(folder, name + ".csproj");
            File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\" />");
            var logs = restoreError is null ? "[]" : $$"""[ { "code": "NU1202", "level": "Error", "message": "{{restoreError}}", "libraryId": "Sample.Client", "targetGraphs": [ "net10.0" ] } ]""";
            File.WriteAllText(Path.Combine(folder, "obj", "project.assets.json"), $$"""
                {
                  "version": 3,
                  "targets": {
                    "net10.0": {
                      "Sample.Client/1.2.3": { "type": "package", "runtime": { "lib/net8.0/Sample.dll": {} } },
                      "System.Text.Json/1.2.3": { "type": "package", "runtime": { "lib/net8.0/System.Text.Json.dll": {} } },
                      "Other.Project/1.0.0": { "type": "project" }
                    }
                  },
                  "libraries": {
                    "Sample.Client/1.2.3": { "type": "package", "path": "sample.client/1.2.3", "files": [ "lib/net8.0/Sample.dll" ] },
                    "System.Text.Json/1.2.3": { "type": "package", "path": "system.text.json/1.2.3", "files": [ "lib/net8.0/System.Text.Json.dll" ] }
                  },
                  "projectFileDependencyGroups": { "net10.0": [ "Sample.Client >= 1.2.3" ] },
                  "packageFolders": { "{{packages.Replace("\\", "\\\\")}}/": {} },
                  "logs": {{logs}}
                }
                """);
            return project;
        }
    }
}
