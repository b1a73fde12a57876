using System.IO;
using System.IO.Compression;
using BindNoPort.Audit.Inputs;
using Xunit;

namespace BindNoPort.Tests.Audit
{
    public sealed class AuditInputsTests
    {
        [Fact]
        public void Nupkg_GivesItsNewestLoadableLib_WithTheNuspecsIdentity()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.ClientWithLocalEndPointProperty);
            var package = Path.Combine(library.Folder, "Sample.Client.1.2.3.nupkg");
            using (var archive = ZipFile.Open(package, ZipArchiveMode.Create))
            {
                using (var nuspec = new StreamWriter(archive.CreateEntry("Sample.Client.nuspec").Open()))
                {
                    nuspec.Write("<package><metadata><id>Sample.Client</id><version>1.2.3</version></metadata></package>");
                }

                archive.CreateEntryFromFile(library.Path, "lib/netstandard2.0/Sample.dll");
                archive.CreateEntryFromFile(library.Path, "lib/net8.0/Sample.dll");
                archive.CreateEntryFromFile(library.Path, "lib/net99.0/Sample.dll");
            }

            var scratch = Directory.CreateDirectory(Path.Combine(library.Folder, "scratch")).FullName;
            var assembly = Assert.Single(AuditInputs.Resolve(package, scratch));

            Assert.Equal(new PackageIdentity("Sample.Client", "1.2.3"), assembly.Package);
            Assert.Equal("net8.0", Path.GetFileName(Path.GetDirectoryName(assembly.Path)));
            Assert.True(File.Exists(assembly.Path));
        }

        [Fact]
        public void RestoredProject_GivesItsPackageAssemblies_NotTheFrameworks()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            var project = WriteRestoredProject(library, "Service");

            var assembly = Assert.Single(AuditInputs.Resolve(project, library.Folder));

            Assert.Equal(new PackageIdentity("Sample.Client", "1.2.3"), assembly.Package);
            Assert.Equal(Path.Combine(library.Folder, "packages", "sample.client", "1.2.3", "lib", "net8.0", "Sample.dll"), assembly.Path);
        }

        [Fact]
        public void Solution_GivesEachPackageOnce()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            WriteRestoredProject(library, "Service");
            WriteRestoredProject(library, "Worker");
            var solution = Path.Combine(library.Folder, "All.sln");
            File.WriteAllText(solution, """
                Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Service", "Service\Service.csproj", "{11111111-1111-1111-1111-111111111111}"
                EndProject
                Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Worker", "Worker\Worker.csproj", "{22222222-2222-2222-2222-222222222222}"
                EndProject
                """);

            var assembly = Assert.Single(AuditInputs.Resolve(solution, library.Folder));

            Assert.Equal("Sample.Client", assembly.Package?.Id);
        }

        // A project folder with the assets file restore writes: one package of its own and one of the framework's.
        private static string WriteRestoredProject(CompiledLibrary library, string name)
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
                    "Sample.Client/1.2.3": { "type": "package", "path": "sample.client/1.2.3" },
                    "System.Text.Json/1.2.3": { "type": "package", "path": "system.text.json/1.2.3" }
                  },
                  "packageFolders": { "{{packages.Replace("\\", "\\\\")}}/": {} }
                }
                """);
            return project;
        }
    }
}
