using System;
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
    public async Task Build_warns_where_the_client_binds_and_sets_the_option_wrongly_with_help_links()
    {
        var project = await feed.Unfixed;

        Assert.True(project.LastBuild!.ExitCode == 0, project.LastBuild.ToString());
        AssertReported(project, "BNP001", "warning", ConsumerSources.SocketBind);
        AssertReported(project, "BNP002", "warning", ConsumerSources.TcpClientConstruction);
        AssertReported(project, "BNP003", "warning", ConsumerSources.OptionTheWrongWay, ConsumerSources.OptionsFile, ConsumerSources.Options);
        AssertReported(project, "BNP004", "warning", ConsumerSources.OptionAfterBind, ConsumerSources.OptionsFile, ConsumerSources.Options);
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
        foreach (var id in new[] { "BNP001", "BNP002", "BNP003", "BNP004" })
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
        Assert.DoesNotContain(project.LastBuildDiagnostics, d => d.Id is "BNP001" or "BNP002" or "BNP003" or "BNP004");
        string fixedSource = project.Read(ConsumerSources.ConnectionsFile);
        Assert.NotEqual(ConsumerSources.Connections, fixedSource);
        Assert.Contains("SetRawSocketOption", fixedSource);
        Assert.DoesNotContain(ConsumerSources.TcpClientConstruction, fixedSource);

        string fixedOptions = project.Read(ConsumerSources.OptionsFile);
        Assert.DoesNotContain("(SocketOptionName)24", fixedOptions);
        Assert.Equal(2, fixedOptions.Split("SetRawSocketOption(0, 24, ").Length - 1);
        Assert.True(
            fixedOptions.IndexOf(ConsumerSources.OptionAfterBind, StringComparison.Ordinal) < fixedOptions.IndexOf("socket.Bind(local);", StringComparison.Ordinal),
            "dotnet format did not move the option before Bind:\n" + fixedOptions);
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
        Assert.Equal(ConsumerSources.Options, unfixed.Read(ConsumerSources.OptionsFile));
    }

    // Without the runtime, dotnet format's Fix All over several sites writes one helper into a file it fixes (a new
    // file would get a Compile item the SDK already globs) and the project builds with nothing left to fix.
    [Fact]
    public async Task Dotnet_format_without_the_runtime_writes_one_helper_for_every_site_and_the_project_builds()
    {
        var project = ConsumerProject.Create(feed, "helper", withRuntime: false);
        project.Write(ConsumerSources.DialersFile, ConsumerSources.Dialers);

        var format = await project.FormatAsync();
        var build = await project.BuildAsync();
        var verify = await project.FormatAsync("--verify-no-changes");

        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(project.LastBuildDiagnostics, d => d.Id is "BNP001" or "BNP002" or "BNP003" or "BNP004");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.DoesNotContain("<Compile", project.Read(ConsumerProject.ProjectFile));
        var sources = System.IO.Directory.GetFiles(project.Directory, "*.cs").Select(File.ReadAllText).ToArray();
        Assert.Single(sources, source => source.Contains("internal static class SocketPortDeferral", StringComparison.Ordinal));
        Assert.Equal(3, new[] { ConsumerSources.ConnectionsFile, ConsumerSources.DialersFile }.Sum(file => project.Read(file).Split("SocketPortDeferral.DeferPortToConnect(socket);").Length - 1));
        Assert.Contains("source != null ? SocketPortDeferral.CreateBoundTcpClient(source) : new TcpClient(AddressFamily.InterNetwork)", project.Read(ConsumerSources.DialersFile));
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

    private static void AssertReported(
        ConsumerProject project, string id, string severity, string statement,
        string file = ConsumerSources.ConnectionsFile, string source = ConsumerSources.Connections)
    {
        var diagnostic = Assert.Single(project.LastBuildDiagnostics, d => d.Id == id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(Path.Combine(project.Directory, file), diagnostic.File);
        Assert.Equal(ConsumerSources.LineOf(source, statement), diagnostic.Line);
        Assert.NotNull(diagnostic.HelpLink);
        Assert.EndsWith($"/docs/rules/{id}.md", diagnostic.HelpLink);
    }
}
