using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BindNoPort.Audit;
using Xunit;

namespace BindNoPort.Tests.Audit
{
    // One test per row of the exit-code table in docs/audit.md, plus what the usage and the reports say.
    public sealed class AuditCommandTests
    {
        [Fact]
        public async Task CleanAssembly_ExitsZero()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.Server);

            var run = await AuditRunner.RunAsync("audit", library.Path, "--no-progress");

            Assert.Equal(ExitCodes.NothingFound, run.ExitCode);
            Assert.Contains("No dependency binds a client socket before it connects.", run.Output);
        }

        [Fact]
        public async Task Finding_ExitsOne_AndTheSarifLogNamesRuleHelpAndWayIn()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.ClientWithLocalEndPointProperty);
            var sarif = Path.Combine(library.Folder, "audit.sarif");

            var run = await AuditRunner.RunAsync("audit", library.Path, "--format", "sarif", "--output", sarif);

            Assert.Equal(ExitCodes.Found, run.ExitCode);
            var sarifRun = SarifRun(sarif);
            var rule = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(candidate => candidate.GetProperty("id").GetString() == "BNP001");
            Assert.EndsWith("/docs/rules/BNP001.md", rule.GetProperty("helpUri").GetString());
            var result = Assert.Single(sarifRun.GetProperty("results").EnumerateArray());
            Assert.Equal("BNP001", result.GetProperty("ruleId").GetString());
            Assert.Equal("Sample.MailClient.LocalEndPoint", Assert.Single(result.GetProperty("properties").GetProperty("entryPoints").EnumerateArray()).GetString());
        }

        [Fact]
        public async Task MissingPath_ExitsTwo_AndSaysWhatToGive()
        {
            var run = await AuditRunner.RunAsync("audit", "/nonexistent/service.csproj");

            run.AssertBadInput("/nonexistent/service.csproj does not exist");
        }

        [Fact]
        public async Task TextFileNamedDll_ExitsTwo_AndNeverSaysNothingWasFound()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            var notAnAssembly = Path.Combine(library.Folder, "Broken.dll");
            File.WriteAllText(notAnAssembly, "not an assembly");

            var run = await AuditRunner.RunAsync("audit", notAnAssembly, "--no-progress");

            run.AssertBadInput($"{notAnAssembly} is not a .NET assembly");
        }

        [Fact]
        public async Task CorruptNupkg_ExitsTwo_WithOneLineAndNoStackTrace()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            var package = Path.Combine(library.Folder, "Sample.1.0.0.nupkg");
            File.WriteAllBytes(package, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 });

            var run = await AuditRunner.RunAsync("audit", package);

            run.AssertBadInput($"{package} cannot be read as a NuGet package");
        }

        [Fact]
        public async Task ProjectNotRestored_ExitsTwo_AndSaysToRestore()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            var project = Path.Combine(library.Folder, "Service.csproj");
            File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\" />");

            var run = await AuditRunner.RunAsync("audit", project);

            run.AssertBadInput($"run `dotnet restore {project}` first");
        }

        [Fact]
        public async Task RestoreThatLoggedErrors_ExitsTwo_AndNamesTheError()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            var project = RestoredProjects.Write(library, "Service", restoreError: "Package Sample.Client 1.2.3 is not compatible with net10.0 (.NETCoreApp,Version=v10.0).");

            var run = await AuditRunner.RunAsync("audit", project);

            run.AssertBadInput($"{project} did not restore: NU1202: Package Sample.Client 1.2.3 is not compatible with net10.0");
        }

        [Fact]
        public async Task EmptyFolder_ExitsTwo_NothingToAudit()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            var empty = Directory.CreateDirectory(Path.Combine(library.Folder, "empty")).FullName;

            var run = await AuditRunner.RunAsync("audit", empty);

            run.AssertBadInput($"{empty} has nothing to audit");
        }

        [Fact]
        public async Task NoArguments_ExitsTwo_WithTheUsageOfBindnoport()
        {
            var run = await AuditRunner.RunAsync();

            run.AssertBadInput("error: ");
            Assert.Contains("usage: bindnoport audit PATH", run.Error);
        }

        [Fact]
        public async Task UnknownFormat_ExitsTwo_WithTheUsage()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.Server);

            var run = await AuditRunner.RunAsync("audit", library.Path, "--format", "html");

            run.AssertBadInput("html");
            Assert.Contains("usage: bindnoport audit PATH", run.Error);
        }

        [Fact]
        public async Task UnreadableAssemblyInAFolder_IsReported_AndTheRestIsAudited()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.ClientWithLocalEndPointProperty);
            File.WriteAllText(Path.Combine(library.Folder, "Broken.dll"), "not an assembly");
            var json = Path.Combine(library.Folder, "audit.json");

            var run = await AuditRunner.RunAsync("audit", library.Folder, "--format", "json", "-o", json);

            Assert.Equal(ExitCodes.BadInput, run.ExitCode);
            Assert.Contains("Broken.dll cannot be read as a .NET assembly", run.Error);
            using var report = JsonDocument.Parse(File.ReadAllText(json));
            Assert.Equal("BNP001", Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray()).GetProperty("ruleId").GetString());
        }

        [Fact]
        public async Task UnreadableAssemblyBesideCleanOnes_TableNeverSaysNothingWasFound()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.Server);
            File.WriteAllText(Path.Combine(library.Folder, "Broken.dll"), "not an assembly");

            var run = await AuditRunner.RunAsync("audit", library.Folder, "--no-progress");

            Assert.Equal(ExitCodes.BadInput, run.ExitCode);
            Assert.Contains("1 of 2 assemblies could not be audited", run.Output);
            Assert.DoesNotContain("No dependency binds", run.Output);
        }

        [Theory]
        [InlineData("--help")]
        [InlineData("audit", "--help")]
        public async Task Help_NamesTheInstalledCommand(params string[] arguments)
        {
            var run = await AuditRunner.RunAsync(arguments);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains(arguments.Length == 1 ? "bindnoport [command] [options]" : "bindnoport audit <path> [options]", run.Output);
            Assert.DoesNotContain("BindNoPort.Audit", run.Output);
        }

        [Fact]
        public async Task SarifWithoutResults_ListsTheAuditedAssembliesAndTheToolVersion()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.Server);
            var sarif = Path.Combine(library.Folder, "audit.sarif");

            var run = await AuditRunner.RunAsync("audit", library.Folder, "--format", "sarif", "--output", sarif);

            Assert.Equal(ExitCodes.NothingFound, run.ExitCode);
            var sarifRun = SarifRun(sarif);
            Assert.Empty(sarifRun.GetProperty("results").EnumerateArray());
            var driver = sarifRun.GetProperty("tool").GetProperty("driver");
            Assert.Equal("bindnoport", driver.GetProperty("name").GetString());
            Assert.Equal(typeof(ExitCodes).Assembly.GetName().Version!.ToString(3), driver.GetProperty("version").GetString());
            var artifact = Assert.Single(sarifRun.GetProperty("artifacts").EnumerateArray());
            Assert.Equal(new System.Uri(library.Path).AbsoluteUri, artifact.GetProperty("location").GetProperty("uri").GetString());
            Assert.Equal("analysisTarget", Assert.Single(artifact.GetProperty("roles").EnumerateArray()).GetString());
            Assert.True(Assert.Single(sarifRun.GetProperty("invocations").EnumerateArray()).GetProperty("executionSuccessful").GetBoolean());
        }

        [Fact]
        public async Task JsonWithoutOutputFile_GoesToStandardOutput()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.DialerWithAddressParameter);

            var run = await AuditRunner.RunAsync("audit", library.Path, "--format", "json");

            Assert.Equal(ExitCodes.Found, run.ExitCode);
            using var report = JsonDocument.Parse(run.Output);
            Assert.Equal(new[] { "BNP001", "BNP002" }, report.RootElement.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("ruleId").GetString()).OrderBy(id => id));
        }

        private static JsonElement SarifRun(string path)
        {
            using var log = JsonDocument.Parse(File.ReadAllText(path));
            return log.RootElement.GetProperty("runs")[0].Clone();
        }
    }
}
