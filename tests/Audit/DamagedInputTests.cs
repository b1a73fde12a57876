using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BindNoPort.Audit;
using Xunit;

namespace BindNoPort.Tests.Audit
{
    // Every kind of input, built around a library with a finding, then one of its files damaged: the audit may still
    // find the finding, or refuse the input in one line, but it never crashes and never says nothing was found.
    public sealed class DamagedInputTests
    {
        public static TheoryData<string, string> Cases()
        {
            var cases = new TheoryData<string, string>();
            foreach (var kind in new[] { "nupkg", "dll", "folder-dll", "folder-deps", "project-assets", "solution-sln", "solution-slnx" })
            {
                foreach (var damage in new[] { "empty", "first-byte", "first-64-bytes", "first-half", "random-bytes" })
                {
                    cases.Add(kind, damage);
                }
            }

            return cases;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task DamagedInput_IsRefusedInOneLine_OrStillFound_NeverNothingFound(string kind, string damage)
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.ClientWithLocalEndPointProperty);
            var (input, damaged) = Build(library, kind);
            Damage(damaged, damage);

            var run = await AuditRunner.RunAsync("audit", input, "--no-progress");

            Assert.True(run.ExitCode is ExitCodes.Found or ExitCodes.BadInput, $"exit code {run.ExitCode}\n{run.Output}\n{run.Error}");
            Assert.DoesNotContain("No dependency binds", run.Output);
            Assert.DoesNotContain("   at ", run.Error);
            if (run.ExitCode == ExitCodes.BadInput)
            {
                // A refused input on standard error; an assembly that could not be read also among the table's warnings.
                var reason = Assert.Single((run.Error + run.Output).Split('\n'), line => line.StartsWith("error: ") || line.StartsWith("warning: "));
                Assert.Contains(Path.GetFileName(damaged), reason);
            }
        }

        // The input to audit, and the file of it to damage.
        private static (string Input, string Damaged) Build(CompiledLibrary library, string kind)
        {
            switch (kind)
            {
                case "nupkg":
                    var package = PackageFiles.Write(library, "net8.0");
                    return (package, package);
                case "dll":
                    return (library.Path, library.Path);
                case "folder-dll":
                    return (library.Folder, library.Path);
                case "folder-deps":
                    var deps = Path.Combine(library.Folder, "App.deps.json");
                    File.WriteAllText(deps, """{ "runtimeTarget": { "name": ".NETCoreApp,Version=v10.0" }, "targets": { ".NETCoreApp,Version=v10.0": {} }, "libraries": {} }""");
                    return (library.Folder, deps);
                case "project-assets":
                    var project = RestoredProjects.Write(library, "Service");
                    return (project, Path.Combine(Path.GetDirectoryName(project)!, "obj", "project.assets.json"));
                case "solution-sln":
                    RestoredProjects.Write(library, "Service");
                    var sln = Path.Combine(library.Folder, "All.sln");
                    File.WriteAllText(sln, """

                        Microsoft Visual Studio Solution File, Format Version 12.00
                        Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Service", "Service\Service.csproj", "{11111111-1111-1111-1111-111111111111}"
                        EndProject
                        Global
                        EndGlobal
                        """);
                    return (sln, sln);
                case "solution-slnx":
                    RestoredProjects.Write(library, "Service");
                    var slnx = Path.Combine(library.Folder, "All.slnx");
                    File.WriteAllText(slnx, """<Solution><Folder Name="/src/"><Project Path="Service/Service.csproj" /></Folder></Solution>""");
                    return (slnx, slnx);
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
            }
        }

        private static void Damage(string path, string damage)
        {
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, damage switch
            {
                "empty" => Array.Empty<byte>(),
                "first-byte" => bytes.Take(1).ToArray(),
                "first-64-bytes" => bytes.Take(64).ToArray(),
                "first-half" => bytes.Take(bytes.Length / 2).ToArray(),
                "random-bytes" => RandomBytes(bytes.Length, seed: bytes.Length),
                _ => throw new ArgumentOutOfRangeException(nameof(damage), damage, null),
            });
        }

        private static byte[] RandomBytes(int length, int seed)
        {
            var bytes = new byte[length];
            new Random(seed).NextBytes(bytes);
            return bytes;
        }
    }
}
