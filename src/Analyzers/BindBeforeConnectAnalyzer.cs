using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BindNoPort.Analyzers.Flow;
using BindNoPort.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// BNP001, BNP002, BNP004, BNP005: a TCP socket bound before it connects, found by flow analysis over the control-flow
    /// graph of each code block that may bind, through the compilation's helpers, factories and wrappers (summarized once
    /// per method), and across the members of a type and its base types.
    /// </summary>
    /// <remarks>
    /// <para>What each diagnostic carries for the code fixes is in <see cref="DiagnosticContract"/>.</para>
    /// <para>When unsure the rules stay silent: creation not visible or not TCP, a server (Listen or Accept), the socket
    /// handed to code of the compilation that cannot be seen before Bind, or no Connect in sight. A method of another
    /// assembly is taken not to set the option, unless .editorconfig lists it (<see cref="PortDeferringMethods"/>).</para>
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
                var symbols = RequiredSymbols.TryCreate(compilationStart.Compilation);
                if (symbols is null)
                {
                    return;
                }

                var environment = new FlowEnvironment(symbols, new PortDeferringMethods.Reader(compilationStart.Compilation, compilationStart.Options.AnalyzerConfigOptionsProvider));
                compilationStart.RegisterSymbolStartAction(
                    symbolStart =>
                    {
                        // Most types never name a socket member: register nothing for them, so the driver builds no operation tree for their code.
                        if (!MentionsSockets(symbolStart.Symbol, environment.Mentions, symbolStart.CancellationToken))
                        {
                            return;
                        }

                        var type = symbolStart.Symbol;
                        symbolStart.RegisterOperationBlockStartAction(blockStart =>
                        {
                            // A nested type's code is its own type's to analyze; code that cannot reach a socket has no candidate.
                            if (SymbolEqualityComparer.Default.Equals(blockStart.OwningSymbol.ContainingType, type) && MayTouchSockets(blockStart.OwningSymbol, blockStart.OperationBlocks, environment))
                            {
                                BlockAnalysis.Start(blockStart, environment);
                            }
                        });
                    },
                    SymbolKind.NamedType);
            });
        }

        // A method reaches sockets through its own text or the methods of its type it calls (SocketReach); an
        // initializer only through its text.
        private static bool MayTouchSockets(ISymbol owner, ImmutableArray<IOperation> blocks, FlowEnvironment environment) =>
            owner is IMethodSymbol method
                ? environment.Reach.MayTouchSockets(method)
                : blocks.Any(block => environment.Mentions.MayUseSockets(block.Syntax));

        private static bool MentionsSockets(ISymbol type, SocketMentions mentions, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (mentions.MayUseSockets(reference.GetSyntax(cancellationToken)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
