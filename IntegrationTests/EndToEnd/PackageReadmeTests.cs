using System;
using System.IO;
using System.Linq;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The readme nuget.org shows for each package, read from the packed nupkg: the package's own,
/// written for someone who installs it, so every link must resolve on the package page.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageReadmeTests(PackedFeed feed)
{
    [Theory]
    [InlineData("BindNoPort.Analyzers")]
    [InlineData("BindNoPort.Runtime")]
    public void Packed_readme_is_the_package_own_with_no_link_into_the_repository(string packageId)
    {
        var nuspec = PackedNuspec.Read(Path.Combine(feed.FeedDirectory, $"{packageId}.{feed.Version}.nupkg"));

        Assert.True(nuspec.Readme is not null, $"{nuspec.FileName} names '{nuspec.ReadmePath}' as its readme, which it does not contain.");
        Assert.StartsWith($"# {packageId}\n", nuspec.Readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllText(Path.Combine(PackedFeed.RepositoryRoot(), "README.md")), nuspec.Readme);
        var repositoryLinks = MarkdownLinks.Targets(nuspec.Readme).Where(target => !MarkdownLinks.ResolvesOutsideTheRepository(target)).ToList();
        Assert.True(repositoryLinks.Count == 0, $"{packageId}'s readme links to places that resolve only inside the repository: {string.Join(", ", repositoryLinks)}");
    }
}
