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

        public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, CancellationToken cancellationToken)
        {
            var diagnostics = await compilation
                .WithAnalyzers(Analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty))
                .GetAnalyzerDiagnosticsAsync(cancellationToken)
                .ConfigureAwait(false);
            return diagnostics
                .Where(diagnostic => diagnostic.Id.StartsWith("BNP", StringComparison.Ordinal))
                .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
                .ToImmutableArray();
        }
    }
}
