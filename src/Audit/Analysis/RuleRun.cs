using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using BindNoPort.Analyzers;

namespace BindNoPort.Audit.Analysis
{
    /// <summary>The package's analyzers, every one of them, run over a compilation of decompiled code.</summary>
    internal static class RuleRun
    {
        public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(Descriptors).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

        public static ImmutableArray<DiagnosticDescriptor> Rules { get; } = Analyzers
            .SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .GroupBy(descriptor => descriptor.Id)
            .Select(group => group.First())
            .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        /// <summary>
        /// The BNP diagnostics, and the analyzers' own failures (the driver's AD0001): a rule that threw on some code found
        /// nothing there, which the report must say rather than pass over.
        /// </summary>
        public static async Task<RuleRunResult> RunAsync(Compilation compilation, CancellationToken cancellationToken)
        {
            var diagnostics = await compilation
                .WithAnalyzers(Analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
                .GetAnalyzerDiagnosticsAsync(cancellationToken)
                .ConfigureAwait(false);
            var findings = diagnostics
                .Where(diagnostic => diagnostic.Id.StartsWith("BNP", StringComparison.Ordinal))
                .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
                .ToImmutableArray();
            var failures = diagnostics
                .Where(diagnostic => diagnostic.Id == AnalyzerFailureId)
                .Select(diagnostic => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
            return new RuleRunResult(findings, failures);
        }

        // What the analyzer driver reports when an analyzer throws.
        private const string AnalyzerFailureId = "AD0001";
    }

    /// <summary>What the rules reported, and the messages of the analyzers that failed.</summary>
    internal sealed record RuleRunResult(ImmutableArray<Diagnostic> Findings, ImmutableArray<string> Failures);
}
