using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace BindNoPort.Tests.Verifiers
{
    /// <summary>Checks an analyzer against sources whose markup names the diagnostics expected.</summary>
    public static class Verify<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static Task AnalyzerAsync(string markup, TestOptions? options = null) =>
            AnalyzerAsync(new[] { markup }, options);

        public static async Task AnalyzerAsync(string[] markupSources, TestOptions? options = null)
        {
            var analyzer = new TAnalyzer();
            var (project, expected) = Parse(markupSources, analyzer, options ?? TestOptions.Default);
            var actual = await TestProject.DiagnosticsAsync(project, analyzer).ConfigureAwait(false);
            AssertMatch(expected, actual);
        }

        internal static (Project Project, ImmutableArray<(string Path, ExpectedDiagnostic Diagnostic)> Expected) Parse(
            string[] markupSources, DiagnosticAnalyzer analyzer, TestOptions options)
        {
            var parsed = markupSources.Select(Markup.Parse).ToArray();
            var project = TestProject.Create(parsed.Select(p => p.Source).ToArray(), options);
            var documents = TestProject.Documents(project);
            var expected = parsed
                .SelectMany((p, index) => p.Expected.Select(e => (documents[index].FilePath!, e with { Id = e.Id ?? SingleId(analyzer) })))
                .ToImmutableArray();
            return (project, expected);
        }

        internal static void AssertMatch(ImmutableArray<(string Path, ExpectedDiagnostic Diagnostic)> expected, ImmutableArray<Diagnostic> actual)
        {
            var expectedKeys = expected
                .Select(e => (e.Path, e.Diagnostic.Id!, e.Diagnostic.Span.Start, e.Diagnostic.Span.End))
                .OrderBy(k => k.Path, StringComparer.Ordinal).ThenBy(k => k.Start).ThenBy(k => k.Item2, StringComparer.Ordinal)
                .ToList();
            var actualKeys = actual
                .Select(d => (d.Location.SourceTree!.FilePath, d.Id, d.Location.SourceSpan.Start, d.Location.SourceSpan.End))
                .ToList();
            if (!expectedKeys.SequenceEqual(actualKeys))
            {
                throw new XunitException(
                    "Diagnostics differ from the markup.\nExpected:\n"
                    + string.Join("\n", expectedKeys.Select(k => $"  {System.IO.Path.GetFileName(k.Path)} {k.Item2} [{k.Start}..{k.End})"))
                    + "\nActual:\n"
                    + string.Join("\n", actual.Select(d => "  " + TestProject.Describe(d) + $" [{d.Location.SourceSpan.Start}..{d.Location.SourceSpan.End})")));
            }
        }

        private static string SingleId(DiagnosticAnalyzer analyzer)
        {
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().ToList();
            return ids.Count == 1
                ? ids[0]
                : throw new InvalidOperationException($"{analyzer.GetType().Name} reports {string.Join(", ", ids)}: name the ID in the markup, {{|ID:code|}}.");
        }
    }
}
