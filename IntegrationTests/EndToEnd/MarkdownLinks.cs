using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The link and image targets of a markdown text, as a renderer such as nuget.org's resolves them:
/// inline links and images, reference definitions, and HTML anchors and images. Code is no link, so
/// fenced blocks and code spans are left out.
/// </summary>
internal static partial class MarkdownLinks
{
    public static IReadOnlyList<string> Targets(string markdown)
    {
        string prose = CodeSpan().Replace(FencedBlock().Replace(markdown, ""), "");
        return InlineLink().Matches(prose).Concat(ReferenceDefinition().Matches(prose)).Concat(HtmlLink().Matches(prose))
            .Select(match => match.Groups["target"].Value)
            .ToList();
    }

    /// <summary>Whether a reader of the package page can follow the target: an absolute http(s) address, or an anchor on the page itself.</summary>
    public static bool ResolvesOutsideTheRepository(string target) =>
        target.StartsWith('#')
        || (Uri.TryCreate(target, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    [GeneratedRegex(@"^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"(`+)[^`].*?\1", RegexOptions.Singleline)]
    private static partial Regex CodeSpan();

    // [text](target "title") and ![alt](target), the target optionally in angle brackets.
    [GeneratedRegex(@"!?\[[^\]]*\]\(\s*<?(?<target>[^\s)>]*)>?(?:\s+[""'(][^)]*)?\)")]
    private static partial Regex InlineLink();

    // [label]: target
    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*<?(?<target>[^\s>]+)>?", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"<(?:a|img|source)\b[^>]*?\b(?:href|src)\s*=\s*[""'](?<target>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLink();
}
