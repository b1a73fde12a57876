using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// What nuget.org lists beside each package: its tags, its release notes, its project URL, and the
/// help links its rules carry, all taken from the one place the repository keeps them.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageMetadataTests(PackedFeed feed)
{
    private const string AnalyzersProject = "src/Analyzers/BindNoPort.Analyzers.csproj";

    [Fact]
    public void Runtime_is_tagged_as_a_library_and_the_analyzers_as_analyzers()
    {
        var runtimeTags = PackedNuspec.Read(feed.RuntimePackage).Value("tags")!.Split(' ');
        var analyzerTags = PackedNuspec.Read(feed.AnalyzersPackage).Value("tags")!.Split(' ');

        Assert.DoesNotContain("roslyn", runtimeTags);
        Assert.DoesNotContain("analyzers", runtimeTags);
        Assert.Contains("httpclient", runtimeTags);
        Assert.Contains("roslyn", analyzerTags);
        Assert.Contains("analyzers", analyzerTags);
    }

    [Fact]
    public void Release_notes_of_both_packages_are_the_changelog_section_of_their_version()
    {
        string changelog = File.ReadAllText(Path.Combine(PackedFeed.RepositoryRoot(), "CHANGELOG.md")).ReplaceLineEndings("\n");
        var heading = Regex.Match(changelog, $@"^## \[?{Regex.Escape(feed.Version)}\]?.*$", RegexOptions.Multiline);
        Assert.True(heading.Success, $"CHANGELOG.md has no section for {feed.Version}.");
        int next = changelog.IndexOf("\n## ", heading.Index + heading.Length, StringComparison.Ordinal);
        string section = changelog[(heading.Index + heading.Length)..(next < 0 ? changelog.Length : next)].Trim();

        Assert.Equal(section, PackedNuspec.Read(feed.AnalyzersPackage).Value("releaseNotes")!.ReplaceLineEndings("\n"));
        Assert.Equal(section, PackedNuspec.Read(feed.RuntimePackage).Value("releaseNotes")!.ReplaceLineEndings("\n"));
        // A rule added to the release-tracking file is news for the analyzers' release notes too.
        var trackedRules = File.ReadAllLines(Path.Combine(PackedFeed.RepositoryRoot(), "src", "Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Where(line => line.StartsWith("BNP", StringComparison.Ordinal))
            .Select(line => line.Split('|')[0].Trim());
        Assert.All(trackedRules, id => Assert.Contains(id, section));
    }

    [Fact]
    public async Task Project_url_and_help_links_follow_the_one_property_a_fork_changes()
    {
        var asBuilt = EvaluateAsync();
        var forked = EvaluateAsync("-p:BindNoPortProjectUrl=https://example.org/fork");
        var unfixed = await feed.Unfixed;
        var (projectUrl, helpLinkBase) = await asBuilt;

        Assert.StartsWith(projectUrl + "/", helpLinkBase, StringComparison.Ordinal);
        foreach (var nuspec in new[] { PackedNuspec.Read(feed.AnalyzersPackage), PackedNuspec.Read(feed.RuntimePackage) })
        {
            Assert.Equal(projectUrl, nuspec.Value("projectUrl"));
            Assert.Equal(projectUrl, nuspec.RepositoryUrl);
        }

        // The analyzers compile the property in: every rule the build reports links below it.
        using var sarif = JsonDocument.Parse(File.ReadAllText(unfixed.SarifLogPath));
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(rule => rule.GetProperty("id").GetString()!.StartsWith("BNP", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.Equal(helpLinkBase + rule.GetProperty("id").GetString() + ".md", rule.GetProperty("helpUri").GetString()));

        var (forkUrl, forkHelpLinkBase) = await forked;
        Assert.Equal("https://example.org/fork", forkUrl);
        Assert.StartsWith("https://example.org/fork/", forkHelpLinkBase, StringComparison.Ordinal);
    }

    /// <summary>The properties as MSBuild evaluates them for the analyzers, with the given overrides.</summary>
    private static async Task<(string ProjectUrl, string HelpLinkBase)> EvaluateAsync(params string[] overrides)
    {
        var result = await DotnetCli.RunAsync(
            PackedFeed.RepositoryRoot(), null,
            ["msbuild", AnalyzersProject, "-getProperty:PackageProjectUrl", "-getProperty:BindNoPortHelpLinkBase", .. overrides]).ConfigureAwait(false);
        Assert.True(result.ExitCode == 0, result.ToString());
        var properties = JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("Properties");
        return (properties.GetProperty("PackageProjectUrl").GetString()!, properties.GetProperty("BindNoPortHelpLinkBase").GetString()!);
    }
}
