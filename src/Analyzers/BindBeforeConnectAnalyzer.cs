using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using BindNoPort.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// BNP001, BNP002, BNP004, BNP005: a TCP socket bound before it connects, by flow analysis over
    /// each code block's control-flow graph (and those of its lambdas and local functions), across
    /// the members of a type through its fields and properties, and through helper methods of the
    /// same compilation.
    /// </summary>
    /// <remarks>
    /// <para>Diagnostic.Properties (keys in <see cref="DiagnosticPropertyNames"/>): SocketExpression,
    /// BindForm, BindsWildcardWithPortZero ("true"/"false"), LocalEndPoint, ConnectTarget on BNP001,
    /// BNP002 and BNP005, plus LocalPort on BNP005; SocketExpression on BNP004, whose first additional
    /// location is the Bind it follows.</para>
    /// <para>Where a helper of the compilation binds the socket (BindForm HelperBindsArgument or
    /// HelperReturnsBoundSocket), the diagnostic is on the call, in the member that connects: that is
    /// the code the analysis was asked about, and a helper that binds its argument is fixed by setting
    /// the option before the call. The Bind inside the helper is the first additional location.</para>
    /// <para>When unsure the rules stay silent: creation not visible or not TCP, a server (Listen or
    /// Accept), the socket handed to code that cannot be seen before Bind, or no Connect in sight.</para>
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

                var mentions = new SocketMentions();
                var helpers = new HelperSummaries(symbols, mentions);
                compilationStart.RegisterSymbolStartAction(
                    symbolStart =>
                    {
                        // Most types never name a socket member: register nothing for them, so the driver tracks no code block or end action.
                        if (!MentionsSockets(symbolStart.Symbol, mentions, symbolStart.CancellationToken))
                        {
                            return;
                        }

                        var typeFlow = new TypeFlow();
                        symbolStart.RegisterCodeBlockAction(codeBlock => AnalyzeCodeBlock(codeBlock, symbols, mentions, helpers, typeFlow));
                        symbolStart.RegisterSymbolEndAction(symbolEnd => typeFlow.ReportAcrossMembers(symbolEnd.ReportDiagnostic));
                    },
                    SymbolKind.NamedType);
            });
        }

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

        private static void AnalyzeCodeBlock(CodeBlockAnalysisContext context, RequiredSymbols symbols, SocketMentions mentions, HelperSummaries helpers, TypeFlow typeFlow)
        {
            if (!mentions.MayUseSockets(context.CodeBlock))
            {
                return;
            }

            var pending = new Stack<ControlFlowGraph>(GraphBuilder.Create(context.SemanticModel, context.CodeBlock, context.CancellationToken));
            while (pending.Count > 0)
            {
                var graph = pending.Pop();
                foreach (var nested in GraphBuilder.Nested(graph, context.CancellationToken))
                {
                    pending.Push(nested);
                }

                var result = new SocketFlowAnalysis(symbols, graph, helpers, FlowState.Entry, context.CancellationToken).Run();
                if (result is not null)
                {
                    Report(context, result, typeFlow);
                }
            }
        }

        private static void Report(CodeBlockAnalysisContext context, FlowResult result, TypeFlow typeFlow)
        {
            // One diagnostic per bind, naming the first connect it reaches.
            var firstConnects = new Dictionary<IOperation, Connection>();
            foreach (var connection in result.Connections)
            {
                if (!firstConnects.TryGetValue(connection.Bind.Operation, out var known)
                    || connection.Connect.Syntax.SpanStart < known.Connect.Syntax.SpanStart
                    || (connection.Bind.Unsafe && !known.Bind.Unsafe))
                {
                    firstConnects[connection.Bind.Operation] = connection;
                }
            }

            foreach (var connection in firstConnects.Values)
            {
                if (FlowDiagnostics.ForConnection(connection.Bind, connection.Connect) is Diagnostic diagnostic)
                {
                    typeFlow.MarkReported(connection.Bind);
                    context.ReportDiagnostic(diagnostic);
                }
            }

            var reportedOptions = new HashSet<IOperation>();
            foreach (var found in result.OptionsAfterBind)
            {
                if (reportedOptions.Add(found.Option))
                {
                    context.ReportDiagnostic(FlowDiagnostics.ForOptionAfterBind(found));
                }
            }

            typeFlow.Add(result.MemberEvents);
        }
    }
}
