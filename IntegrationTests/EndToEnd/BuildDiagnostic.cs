using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>One diagnostic line of MSBuild's console output: <c>file(line,col): warning ID: message (help) [project]</c>.</summary>
public sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message, string? HelpLink)
{
    /// <summary>Every distinct diagnostic in the output; MSBuild may print a line more than once.</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output) =>
        output.Split('\n')
            .Select(line => LinePattern().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value,
                match.Groups["help"].Success ? match.Groups["help"].Value : null))
            .Distinct()
            .ToList();

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message} ({HelpLink})";

    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error|info) (?<id>[A-Z]+[0-9]+): (?<message>.*?)(?: \((?<help>https?://[^\s)]+)\))? \[[^\]]+\]$")]
    private static partial Regex LinePattern();
}
