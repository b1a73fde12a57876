using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>The link reader the package readme test relies on: it must see every kind of link a renderer follows, and none in code.</summary>
public sealed class MarkdownLinksTests
{
    [Fact]
    public void Finds_inline_links_images_reference_definitions_and_html_links()
    {
        const string markdown = """
            See [the rule](docs/rules/BNP001.md "BNP001") and ![logo](<images/logo.png>).
            A [reference][r] and <a href="../CHANGELOG.md">notes</a>, <img src='icon.png'>.

            [r]: docs/kernel-facts.md
            """;

        Assert.Equal(
            new[] { "docs/rules/BNP001.md", "images/logo.png", "docs/kernel-facts.md", "../CHANGELOG.md", "icon.png" },
            MarkdownLinks.Targets(markdown));
    }

    [Fact]
    public void Ignores_links_in_fenced_blocks_and_code_spans()
    {
        const string markdown = """
            Write `[x](y.md)` literally.

            ```csharp
            var link = "[a](b.md)";
            ```
            """;

        Assert.Empty(MarkdownLinks.Targets(markdown));
    }

    [Theory]
    [InlineData("https://github.com/bindnoport/bindnoport/blob/main/docs/rules/BNP001.md", true)]
    [InlineData("http://example.org/", true)]
    [InlineData("#install", true)]
    [InlineData("docs/rules/BNP001.md", false)]
    [InlineData("/docs/rules/BNP001.md", false)]
    [InlineData("../README.md", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("", false)]
    public void Only_absolute_http_addresses_and_page_anchors_resolve_on_the_package_page(string target, bool resolves)
    {
        Assert.Equal(resolves, MarkdownLinks.ResolvesOutsideTheRepository(target));
    }
}
