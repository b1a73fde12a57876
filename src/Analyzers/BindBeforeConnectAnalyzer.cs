using System.Collections.Immutable;
using System.Threading;
using BindNoPort.Analyzers.Flow;
using BindNoPort.Analyzers.Flow.Measuring;
using BindNoPort.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// BNP001, BNP002, BNP004, BNP005: a TCP socket bound before it connects, found by flow analysis over the control-flow
    /// graph of each code block that binds, through the compilation's helpers, factories and wrappers (summarized once
    /// per method), and across the members of a type and its base types. Only code whose text names a bind, or calls a
    /// method that may bind, gets past the prefilter (<see cref="BindPrefilter"/>).
    /// </summary>
    /// <remarks>
    /// <para>What each diagnostic carries for the code fixes is in <see cref="DiagnosticContract"/>.</para>
    /// <para>When unsure the rules stay silent: creation not visible or not TCP, a server (Listen or Accept), the socket
    /// handed to code of the compilation that cannot be seen before Bind, or no Connect in sight. A method of another
    /// assembly is taken not to set the option, unless .editorconfig lists it (<see cref="PortDeferringMethods"/>), and not to
    /// bind or connect, unless the configuration lists it (<see cref="ConfiguredSocketMethods"/>).</para>
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BindBeforeConnectAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.BNP001BindBeforeConnect,
            Descriptors.BNP002TcpClientBindBeforeConnect,
            Descriptors.BNP004OptionSetAfterBind,
            Descriptors.BNP005ExplicitLocalPortBeforeConnect);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(compilationStart =>
            {
                if (EnvironmentOf(compilationStart.Compilation, compilationStart.Options, compilationStart.CancellationToken) is not FlowEnvironment environment)
                {
                    return;
                }

                // Registered for the whole compilation, not per type through a symbol-start action: the driver computes a set of
                // actions for every symbol of the compilation for an analyzer that has one, and in a compiler run of its own that
                // costs more than this analysis (docs/performance.md). Most blocks never name a bind nor call what binds.
                compilationStart.RegisterOperationBlockStartAction(blockStart =>
                {
                    if (MayHoldBind(blockStart.OperationBlocks, environment, blockStart.CancellationToken))
                    {
                        BlockAnalysis.Start(blockStart, environment);
                    }
                });
            });
        }

        /// <summary>
        /// What the rules resolve and find once per compilation, before any block: the symbols, the options, the names of
        /// the methods that may bind. Null when the compilation has no Socket type. The bench times this stage alone.
        /// </summary>
        internal static FlowEnvironment? EnvironmentOf(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var configured = ConfiguredSocketMethods.Read(compilation, options.AnalyzerConfigOptionsProvider);
            var symbols = RequiredSymbols.TryCreate(compilation, configured);
            if (symbols is null)
            {
                return null;
            }

            var environment = new FlowEnvironment(symbols, new PortDeferringMethods.Reader(compilation, options.AnalyzerConfigOptionsProvider));
            using (PhaseClock.Enter(AnalysisPhase.Prefilter))
            {
                environment.Prefilter.Prepare(cancellationToken);
            }

            return environment;
        }

        /// <summary>The per-block text test: whether one of the blocks names a bind or calls a method that may bind.</summary>
        internal static bool MayHoldBind(ImmutableArray<IOperation> blocks, FlowEnvironment environment, CancellationToken cancellationToken)
        {
            foreach (var block in blocks)
            {
                if (environment.Prefilter.MayHoldBind(block.Syntax, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
