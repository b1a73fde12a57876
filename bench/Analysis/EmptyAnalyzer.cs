using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// The baseline: one symbol callback that does nothing. Any semantic analyzer makes the driver consume
    /// the compilation's events; this one makes it do so and nothing more. Every other configuration runs
    /// with it too, so the driver's own cost cancels out of the comparisons.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor NeverReported = new DiagnosticDescriptor(
            "BENCH000", "Never reported", "Never reported", "Bench", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(NeverReported);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
        }
    }
}
