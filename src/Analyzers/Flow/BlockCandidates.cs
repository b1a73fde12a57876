using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// What the operation actions of one code block collect: the operations that may bind a socket. Only a block with
    /// one gets a control-flow graph; the rest of a socket-heavy type's code is passed over.
    /// </summary>
    internal sealed class BlockCandidates
    {
        private readonly FlowEnvironment _environment;
        private readonly List<SyntaxNode> _binds = new List<SyntaxNode>();

        public BlockCandidates(FlowEnvironment environment)
        {
            _environment = environment;
        }

        public IReadOnlyList<SyntaxNode> Binds => _binds;

        public void Observe(OperationAnalysisContext context)
        {
            if (MayBind(context.Operation))
            {
                lock (_binds)
                {
                    _binds.Add(context.Operation.Syntax);
                }
            }
        }

        private bool MayBind(IOperation operation)
        {
            var symbols = _environment.Symbols;
            switch (operation)
            {
                case IInvocationOperation invocation:
                    var call = symbols.CallOf(invocation.TargetMethod);
                    return call is SocketCall.Bind or SocketCall.BindForConnect
                        || (call == SocketCall.None && symbols.IsInCompilation(invocation.TargetMethod) && BindsVisibly(invocation.TargetMethod, invocation.Arguments));
                case IObjectCreationOperation { Constructor: IMethodSymbol constructor } creation:
                    return SymbolEqualityComparer.Default.Equals(constructor, symbols.TcpClientBindingConstructor)
                        || (symbols.IsInCompilation(constructor) && BindsVisibly(constructor, creation.Arguments));
                case IInvalidOperation { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Bind" } } }:
                    return true;
                default:
                    return false;
            }
        }

        // A helper that binds only sockets of its own (it reports those itself) makes no bind of the caller's: its
        // summary, which the caller's analysis reads anyway, says so before the caller's graph is built. A call that
        // no socket or holder of one goes into or comes out of is not followed by that analysis either, so it needs
        // no summary here.
        private bool BindsVisibly(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments) =>
            _environment.Holders.CanTouchSockets(method, arguments)
            && _environment.Reach.MayBind(method)
            && _environment.Summaries.Get(method, MethodSummaries.NestingCap) is { BindsVisibly: true };
    }
}
