using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BindNoPort.Audit;
using Xunit;

namespace BindNoPort.Tests.Audit
{
    public sealed class AuditCommandTests
    {
        [Fact]
        public async Task MissingPath_ExitsTwo_AndSaysWhatToGive()
        {
            var (exitCode, _, error) = await RunAsync("audit", "/nonexistent/service.csproj");

            Assert.Equal(AuditCommand.BadInput, exitCode);
            Assert.Contains("/nonexistent/service.csproj does not exist", error);
        }

        [Fact]
        public async Task ProjectNotRestored_ExitsTwo_AndSaysToRestore()
        {
            var folder = Directory.CreateTempSubdirectory("bindnoport-audit-test-").FullName;
            try
            {
                var project = Path.Combine(folder, "Service.csproj");
                File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\" />");

                var (exitCode, _, error) = await RunAsync("audit", project);

                Assert.Equal(AuditCommand.BadInput, exitCode);
                Assert.Contains($"run `dotnet restore {project}` first", error);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public async Task CleanAssembly_ExitsZero()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.Server);

            var (exitCode, output, _) = await RunAsync("audit", library.Path, "--no-progress");

            Assert.Equal(AuditCommand.NothingFound, exitCode);
            Assert.Contains("No dependency binds a client socket before it connects.", output);
        }

        [Fact]
        public async Task Finding_ExitsOne_AndTheSarifLogNamesRuleHelpAndWayIn()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.ClientWithLocalEndPointProperty);
            var sarif = Path.Combine(library.Folder, "audit.sarif");

            var (exitCode, _, _) = await RunAsync("audit", library.Path, "--format", "sarif", "--output", sarif);

            Assert.Equal(AuditCommand.Found, exitCode);
            using var log = JsonDocument.Parse(File.ReadAllText(sarif));
            var run = log.RootElement.GetProperty("runs")[0];
            var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(candidate => candidate.GetProperty("id").GetString() == "BNP001");
            Assert.EndsWith("/docs/rules/BNP001.md", rule.GetProperty("helpUri").GetString());
            var result = Assert.Single(run.GetProperty("results").EnumerateArray());
            Assert.Equal("BNP001", result.GetProperty("ruleId").GetString());
            Assert.Equal("Sample.MailClient.LocalEndPoint", Assert.Single(result.GetProperty("properties").GetProperty("entryPoints").EnumerateArray()).GetString());
        }

        [Fact]
        public async Task JsonWithoutOutputFile_GoesToStandardOutput()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.DialerWithAddressParameter);

            var (exitCode, output, _) = await RunAsync("audit", library.Path, "--format", "json");

            Assert.Equal(AuditCommand.Found, exitCode);
            using var report = JsonDocument.Parse(output);
            Assert.Equal(new[] { "BNP001", "BNP002" }, report.RootElement.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("ruleId").GetString()).OrderBy(id => id));
        }

        [Fact]
        public async Task UnreadableAssemblyInAFolder_IsReported_AndTheRestIsAudited()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.ClientWithLocalEndPointProperty);
            File.WriteAllText(Path.Combine(library.Folder, "Broken.dll"), "not an assembly");
            var json = Path.Combine(library.Folder, "audit.json");

            var (exitCode, _, error) = await RunAsync("audit", library.Folder, "--format", "json", "-o", json);

            Assert.Equal(AuditCommand.BadInput, exitCode);
            Assert.Contains("Broken.dll cannot be read as a .NET assembly", error);
            using var report = JsonDocument.Parse(File.ReadAllText(json));
            Assert.Equal("BNP001", Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray()).GetProperty("ruleId").GetString());
        }

        private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var root = new RootCommand { AuditCommand.Create(output, error) };
            var exitCode = await root.Parse(arguments).InvokeAsync();
            return (exitCode, output.ToString(), error.ToString());
        }
    }
}
