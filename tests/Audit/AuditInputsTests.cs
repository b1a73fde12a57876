using System.IO;
using System.IO.Compression;
using BindNoPort.Audit.Inputs;
using Xunit;

namespace BindNoPort.Tests.Audit
{
    public sealed class AuditInputsTests
    {
        [Fact]
        public void Nupkg_GivesTheLibRestoreWouldPickForTheRuntime_WithTheNuspecsIdentity()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.ClientWithLocalEndPointProperty);
            var package = PackageFiles.Write(library, "netstandard2.0", "net8.0", "net99.0");

            var assembly = Assert.Single(AuditInputs.Resolve(package, Scratch(library)));

            Assert.Equal(new PackageIdentity("Sample.Client", "1.2.3"), assembly.Package);
            Assert.Equal("net8.0", Path.GetFileName(Path.GetDirectoryName(assembly.Path)));
            Assert.True(File.Exists(assembly.Path));
        }

        // A package for .NET Framework only is what a .NET project restores through the SDK's fallback: audited too.
        [Fact]
        public void Nupkg_ForNet472Only_IsAudited()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.ClientWithLocalEndPointProperty);
            var package = PackageFiles.Write(library, "net472");

            var assembly = Assert.Single(AuditInputs.Resolve(package, Scratch(library)));

            Assert.Equal("net472", Path.GetFileName(Path.GetDirectoryName(assembly.Path)));
        }

        [Fact]
        public void Nupkg_WithNothingForTheRuntime_IsRefused()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.ClientWithLocalEndPointProperty);
            var package = PackageFiles.Write(library, "net99.0");

            var refused = Assert.Throws<AuditInputException>(() => AuditInputs.Resolve(package, Scratch(library)));

            Assert.Contains("has nothing to audit", refused.Message);
            Assert.Contains("net99.0", refused.Message);
        }

        [Fact]
        public void RestoredProject_GivesItsPackageAssemblies_NotTheFrameworks()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            var project = RestoredProjects.Write(library, "Service");

            var assembly = Assert.Single(AuditInputs.Resolve(project, library.Folder));

            Assert.Equal(new PackageIdentity("Sample.Client", "1.2.3"), assembly.Package);
            Assert.Equal(Path.Combine(library.Folder, "packages", "sample.client", "1.2.3", "lib", "net8.0", "Sample.dll"), assembly.Path);
        }

        [Fact]
        public void Solution_GivesEachPackageOnce()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            RestoredProjects.Write(library, "Service");
            RestoredProjects.Write(library, "Worker");
            var solution = Path.Combine(library.Folder, "All.sln");
            File.WriteAllText(solution, """

                Microsoft Visual Studio Solution File, Format Version 12.00
                # Visual Studio Version 17
                Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Service", "Service\Service.csproj", "{11111111-1111-1111-1111-111111111111}"
                EndProject
                Project("{2150E333-8FDC-42A3-9474-1A3956D46DE8}") = "src", "src", "{33333333-3333-3333-3333-333333333333}"
                EndProject
                Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Worker", "Worker\Worker.CSPROJ", "{22222222-2222-2222-2222-222222222222}"
                EndProject
                Global
                	GlobalSection(NestedProjects) = preSolution
                		{22222222-2222-2222-2222-222222222222} = {33333333-3333-3333-3333-333333333333}
                	EndGlobalSection
                EndGlobal
                """);
            File.Move(Path.Combine(library.Folder, "Worker", "Worker.csproj"), Path.Combine(library.Folder, "Worker", "Worker.CSPROJ"));

            var assembly = Assert.Single(AuditInputs.Resolve(solution, library.Folder));

            Assert.Equal("Sample.Client", assembly.Package?.Id);
        }

        // An .slnx as Visual Studio writes it: projects inside folders, forward slashes, attributes beyond Path.
        [Fact]
        public void Slnx_WithFoldersAndProjectTypes_GivesItsProjectsPackages()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            RestoredProjects.Write(library, "Service");
            var solution = Path.Combine(library.Folder, "All.slnx");
            File.WriteAllText(solution, """
                <Solution>
                  <Configurations>
                    <Platform Name="Any CPU" />
                  </Configurations>
                  <Folder Name="/src/">
                    <Project Path="Service/Service.csproj" Id="11111111-1111-1111-1111-111111111111" />
                  </Folder>
                  <Folder Name="/docs/">
                    <File Path="README.md" />
                  </Folder>
                </Solution>
                """);

            var assembly = Assert.Single(AuditInputs.Resolve(solution, library.Folder));

            Assert.Equal(new PackageIdentity("Sample.Client", "1.2.3"), assembly.Package);
        }

        [Fact]
        public void PublishFolder_NamesEachAssemblysPackageFromTheDepsFile()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            File.WriteAllText(Path.Combine(library.Folder, "App.deps.json"), """
                {
                  "runtimeTarget": { "name": ".NETCoreApp,Version=v10.0" },
                  "targets": {
                    ".NETCoreApp,Version=v10.0": {
                      "App/1.0.0": { "dependencies": { "Sample.Client": "1.2.3" }, "runtime": { "App.dll": {} } },
                      "Sample.Client/1.2.3": { "runtime": { "lib/net8.0/Sample.dll": { "assemblyVersion": "1.0.0.0", "fileVersion": "1.0.0.0" } } }
                    }
                  },
                  "libraries": {
                    "App/1.0.0": { "type": "project", "serviceable": false, "sha512": "" },
                    "Sample.Client/1.2.3": { "type": "package", "serviceable": true, "sha512": "sha512-AAAA", "path": "sample.client/1.2.3" }
                  }
                }
                """);

            var assembly = Assert.Single(AuditInputs.Resolve(library.Folder, library.Folder));

            Assert.Equal(new PackageIdentity("Sample.Client", "1.2.3"), assembly.Package);
        }

        private static string Scratch(CompiledLibrary library) => Directory.CreateDirectory(Path.Combine(library.Folder, "scratch")).FullName;
    }
}
