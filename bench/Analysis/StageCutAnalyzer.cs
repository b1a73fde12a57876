using System.Collections.Immutable;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>How much of the BNP001 analyzer a <see cref="StageCutAnalyzer"/> runs: each stage adds to the one before.</summary>
    public enum BindStage
    {
        /// <summary>The compilation start alone: symbols, options, the names of the methods that may bind.</summary>
        CompilationStart,

        /// <summary>Then a callback per code block of the compilation that does nothing: what the driver charges for it.</summary>
        BlockCallbacks,

        /// <summary>Then the per-block text test in that callback, nothing registered when it passes.</summary>
        Prefilter,
    }

    /// <summary>
    /// The BNP001 analyzer cut after one of its stages, through the same internal entry points the analyzer calls, so the
    /// driver's charge for each stage can be told apart from the rest: the stage-cut command subtracts one cut's own
    /// time from the next.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StageCutAnalyzer : DiagnosticAnalyzer
    {
        private readonly BindStage _stage;

        public StageCutAnalyzer(BindStage stage)
        {
            _stage = stage;
        }

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = new BindBeforeConnectAnalyzer().SupportedDiagnostics;

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(compilationStart =>
            {
                var environment = BindBeforeConnectAnalyzer.EnvironmentOf(compilationStart.Compilation, compilationStart.Options, compilationStart.CancellationToken);
                if (environment is null || _stage == BindStage.CompilationStart)
                {
                    return;
                }

                // What the driver charges for a callback per block that registers nothing is what this cut measures.
#pragma warning disable RS1012
                compilationStart.RegisterOperationBlockStartAction(blockStart =>
                {
                    if (_stage == BindStage.Prefilter)
                    {
                        BindBeforeConnectAnalyzer.MayHoldBind(blockStart.OperationBlocks, environment, blockStart.CancellationToken);
                    }
                });
#pragma warning restore RS1012
            });
        }
    }
}
