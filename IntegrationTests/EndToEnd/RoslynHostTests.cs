using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The packed package in a Roslyn 4.8 host, as the compiler and the IDE take it in: loaded through
/// AnalyzerFileReference, every rule reported, every fix applied, the fixes composed by Visual Studio's MEF.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class RoslynHostTests(RoslynHostRun run) : IClassFixture<RoslynHostRun>
{
    /// <summary>The provider that fixes each rule; BNP005 and BNP006 have no fix.</summary>
    private static readonly IReadOnlyDictionary<string, string> ProviderOf = new Dictionary<string, string>
    {
        ["BNP001"] = "BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider",
        ["BNP002"] = "BindNoPort.CodeFixes.TcpClientBindBeforeConnectCodeFixProvider",
        ["BNP003"] = "BindNoPort.CodeFixes.OptionSetTheWrongWayCodeFixProvider",
        ["BNP004"] = "BindNoPort.CodeFixes.OptionSetAfterBindCodeFixProvider",
    };

    private static readonly string[] Rules = RoslynHostClient.ReportedStatements.Keys.Order(StringComparer.Ordinal).ToArray();

    private static readonly string[] Providers = ProviderOf.Values.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Named by the host after the folder: the assemblies are not in the host's own context.</summary>
    private string AnalyzerContext => "analyzers in " + run.AnalyzerFolder;

    [Fact]
    public void Host_on_Roslyn_4_8_loads_both_packed_assemblies_into_the_analyzer_folder_context()
    {
        AssertRan();
        Assert.Equal("4.8.0.0", run.Result.Text("roslynVersion"));
        AssertNone("load failures", run.Result.Texts("loadFailures"));

        var assemblies = run.Result.Property("assemblies").EnumerateArray().ToDictionary(assembly => Text(assembly, "name"));
        Assert.Equal(["BindNoPort.Analyzers", "BindNoPort.CodeFixes"], assemblies.Keys.Order(StringComparer.Ordinal));
        Assert.All(assemblies.Values, assembly => Assert.Equal(AnalyzerContext, Text(assembly, "loadContext")));
        Assert.NotEmpty(Texts(assemblies["BindNoPort.Analyzers"], "analyzers"));
        Assert.Empty(Texts(assemblies["BindNoPort.Analyzers"], "codeFixProviders"));
        Assert.Empty(Texts(assemblies["BindNoPort.CodeFixes"], "analyzers"));
        Assert.Equal(Providers, Texts(assemblies["BindNoPort.CodeFixes"], "codeFixProviders"));
    }

    [Fact]
    public void Host_reports_every_rule_once_on_the_line_the_client_breaks_it()
    {
        AssertRan();
        AssertNone("compiler errors in the unfixed client", run.Result.Texts("compilationErrors"));

        var diagnostics = run.Result.Property("diagnostics").EnumerateArray().ToList();
        Assert.Equal(Rules, diagnostics.Select(diagnostic => Text(diagnostic, "id")).Order(StringComparer.Ordinal));
        foreach (var diagnostic in diagnostics)
        {
            string id = Text(diagnostic, "id");
            Assert.Equal(ConsumerSources.LineOf(RoslynHostClient.Source, RoslynHostClient.ReportedStatements[id]), diagnostic.GetProperty("line").GetInt32());
            Assert.Equal(id == "BNP005" ? "Info" : "Warning", Text(diagnostic, "severity"));
        }
    }

    [Fact]
    public void Host_applies_every_registered_fix_and_the_client_then_compiles_without_that_diagnostic()
    {
        AssertRan();
        var fixes = run.Result.Property("fixes").EnumerateArray().ToList();

        Assert.Equal(ProviderOf.Keys.Order(StringComparer.Ordinal), fixes.Select(fix => Text(fix, "diagnostic")).Distinct().Order(StringComparer.Ordinal));
        foreach (var fix in fixes)
        {
            string id = Text(fix, "diagnostic");
            string fixDescription = $"{id} \"{Text(fix, "title")}\"";
            Assert.Equal(ProviderOf[id], Text(fix, "provider"));
            Assert.True(fix.GetProperty("changed").GetBoolean(), $"{fixDescription} left the client as it was.");
            AssertNone($"compiler errors after {fixDescription}", Texts(fix, "errors"));
            // Its own diagnostic gone, every other case still reported once: the fix touched only its case.
            Assert.Equal(Rules.Where(rule => rule != id), Texts(fix, "remaining"));
        }

        // Every action, not only the first: the wildcard Bind is offered the option and the removal.
        Assert.Equal(
            ["BindNoPort.RemoveWildcardBind", "BindNoPort.SetOptionBeforeBind"],
            fixes.Where(fix => Text(fix, "diagnostic") == "BNP001").Select(fix => Text(fix, "equivalenceKey")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Visual_Studio_MEF_composes_the_code_fix_assembly_into_its_four_ExportCodeFixProvider_exports()
    {
        AssertRan();
        var composition = run.Result.Property("composition");
        AssertNone("discovery or composition errors", Texts(composition, "errors"));

        var exports = composition.GetProperty("exports").EnumerateArray().ToList();
        Assert.Equal(Providers, exports.Select(export => Text(export, "type")));
        foreach (var export in exports)
        {
            string type = Text(export, "type");
            Assert.Equal(type[(type.LastIndexOf('.') + 1)..], Text(export, "name"));
            Assert.Equal(["C#"], Texts(export, "languages"));
            Assert.Equal([ProviderOf.Single(pair => pair.Value == type).Key], Texts(export, "fixableDiagnosticIds"));
            Assert.Equal(AnalyzerContext, Text(export, "loadContext"));
        }
    }

    private void AssertRan() => Assert.True(run.Result.ExitCode == 0, run.Result.ToString());

    /// <summary>Fails with every item in full, where Assert.Empty would cut each short.</summary>
    private static void AssertNone(string what, string[] items) =>
        Assert.True(items.Length == 0, $"{items.Length} {what}:{Environment.NewLine}{string.Join(Environment.NewLine, items)}");

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString() ?? "";

    private static string[] Texts(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(item => item.GetString() ?? "").ToArray();
}
