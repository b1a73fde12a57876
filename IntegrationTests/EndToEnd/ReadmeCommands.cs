using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The README's code blocks as a reader copies them: the first block of a language under a heading, or the block
/// that holds a given command, each line without its trailing comment. The tests run these, so a README whose
/// commands stop working fails them.
/// </summary>
internal static class ReadmeCommands
{
    private static readonly Regex Block = new(@"^```(?<language>\w*)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);

    private static string Readme => File.ReadAllText(Path.Combine(PackedFeed.RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");

    /// <summary>The lines of the first <paramref name="language"/> block after the heading <paramref name="heading"/>.</summary>
    public static IReadOnlyList<string> Under(string heading, string language = "bash")
    {
        var readme = Readme;
        var start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"README.md has no heading '{heading}'.");
        }

        var block = Block.Matches(readme[start..]).First(match => match.Groups["language"].Value == language);
        return Lines(block.Groups["body"].Value);
    }

    /// <summary>The one command of the README's bash blocks that starts with <paramref name="prefix"/>.</summary>
    public static string Starting(string prefix) =>
        Block.Matches(Readme)
            .Where(match => match.Groups["language"].Value == "bash")
            .SelectMany(match => Lines(match.Groups["body"].Value))
            .Single(line => line.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>A command's words, with the README's placeholders replaced by the test's paths.</summary>
    public static string[] Words(string command, IReadOnlyDictionary<string, string> placeholders) =>
        command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => placeholders.Aggregate(word, (current, placeholder) => current.Replace(placeholder.Key, placeholder.Value, StringComparison.Ordinal)))
            .ToArray();

    private static List<string> Lines(string body) =>
        body.Split('\n')
            .Select(line => (line.IndexOf(" #", StringComparison.Ordinal) is var comment and >= 0 ? line[..comment] : line).Trim())
            .Where(line => line.Length > 0)
            .ToList();
}
