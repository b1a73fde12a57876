using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>BindNoPort.Analyzers from the packed feed in a project of a user's: warnings, fixes, severities, logs.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class AnalyzerPackageTests(PackedFeed feed)
{
    [Fact]
    public async Task Build_warns_BNP001_and_BNP002_where_the_client_binds_with_help_links()
    {
        var project = await feed.Unfixed;

        Assert.True(project.LastBuild!.ExitCode == 0, project.LastBuild.ToString());
        AssertReported(project, "BNP001", "warning", ConsumerSources.SocketBind);
        AssertReported(project, "BNP002", "warning", ConsumerSources.TcpClientConstruction);
    }

    [Fact]
    public async Task Sarif_log_of_the_build_lists_the_rules_with_their_help_links()
    {
        var project = await feed.Unfixed;

        using var sarif = JsonDocument.Parse(File.ReadAllText(project.SarifLogPath));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(rule => rule.GetProperty("id").GetString()!, rule => rule.GetProperty("helpUri").GetString()!);
        var reported = run.GetProperty("results").EnumerateArray().Select(result => result.GetProperty("ruleId").GetString()).ToList();
        foreach (var id in new[] { "BNP001", "BNP002" })
        {
            Assert.Contains(id, reported);
            Assert.True(rules.ContainsKey(id), $"{id} is not among the SARIF rules: {string.Join(", ", rules.Keys)}");
            Assert.EndsWith($"/docs/rules/{id}.md", rules[id]);
        }
    }

    [Fact]
    public async Task Dotnet_format_applies_the_fixes_and_the_project_then_builds_without_them()
    {
        var project = await feed.FixedWithoutRuntime;

        Assert.True(project.LastBuild!.ExitCode == 0, project.LastBuild.ToString());
        Assert.DoesNotContain(project.LastBuildDiagnostics, d => d.Id is "BNP001" or "BNP002");
        string fixedSource = project.Read(ConsumerSources.ConnectionsFile);
        Assert.NotEqual(ConsumerSources.Connections, fixedSource);
        Assert.Contains("SetRawSocketOption", fixedSource);
        Assert.DoesNotContain(ConsumerSources.TcpClientConstruction, fixedSource);
    }

    [Fact]
    public async Task Verify_no_changes_fails_on_the_unfixed_project_and_passes_once_fixed()
    {
        var unfixed = await feed.Unfixed;
        var fixedProject = await feed.FixedWithoutRuntime;

        var checks = await Task.WhenAll(unfixed.FormatAsync("--verify-no-changes"), fixedProject.FormatAsync("--verify-no-changes"));
        var (beforeFix, afterFix) = (checks[0], checks[1]);

        Assert.True(beforeFix.ExitCode != 0, beforeFix.ToString());
        Assert.True(afterFix.ExitCode == 0, afterFix.ToString());
        Assert.Equal(ConsumerSources.Connections, unfixed.Read(ConsumerSources.ConnectionsFile));
    }

    [Fact]
    public async Task Severity_error_in_editorconfig_fails_the_unfixed_build()
    {
        var project = ConsumerProject.Create(feed, "severity-error", withRuntime: false, "dotnet_diagnostic.BNP001.severity = error\n");

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode != 0, build.ToString());
        AssertReported(project, "BNP001", "error", ConsumerSources.SocketBind);
    }

    [Fact]
    public async Task Severity_none_in_editorconfig_silences_the_rule_and_only_that_rule()
    {
        var project = ConsumerProject.Create(feed, "severity-none", withRuntime: false, "dotnet_diagnostic.BNP001.severity = none\n");

        var build = await project.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(project.LastBuildDiagnostics, d => d.Id == "BNP001");
        AssertReported(project, "BNP002", "warning", ConsumerSources.TcpClientConstruction);
    }

    private static void AssertReported(ConsumerProject project, string id, string severity, string statement)
    {
        var diagnostic = Assert.Single(project.LastBuildDiagnostics, d => d.Id == id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(Path.Combine(project.Directory, ConsumerSources.ConnectionsFile), diagnostic.File);
        Assert.Equal(ConsumerSources.LineOf(ConsumerSources.Connections, statement), diagnostic.Line);
        Assert.NotNull(diagnostic.HelpLink);
        Assert.EndsWith($"/docs/rules/{id}.md", diagnostic.HelpLink);
    }
}
