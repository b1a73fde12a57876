using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using BindNoPort.Analyzers.Flow.Measuring;
using Microsoft.CodeAnalysis;
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
            using var phase = PhaseClock.Enter(AnalysisPhase.Candidates);
            if (MayBind(context.Operation, context.CancellationToken))
            {
                lock (_binds)
                {
                    _binds.Add(context.Operation.Syntax);
                }
            }
        }

        private bool MayBind(IOperation operation, CancellationToken cancellationToken)
        {
            if (DirectBinds.IsBind(operation, _environment.Symbols))
            {
                return true;
            }

            var symbols = _environment.Symbols;
            return operation switch
            {
                IInvocationOperation invocation => symbols.CallOf(invocation.TargetMethod) == SocketCall.None && symbols.IsInCompilation(invocation.TargetMethod)
                    && BindsVisibly(invocation.TargetMethod, invocation.Arguments, cancellationToken),
                IObjectCreationOperation { Constructor: IMethodSymbol constructor } creation => symbols.IsInCompilation(constructor)
                    && BindsVisibly(constructor, creation.Arguments, cancellationToken),
                _ => false,
            };
        }

        // A helper that binds only sockets of its own (it reports those itself) makes no bind of the caller's: its
        // summary, which the caller's analysis reads anyway, says so before the caller's graph is built. A call that
        // no socket or holder of one goes into or comes out of is not followed by that analysis either, so it needs
        // no summary here. Its name decides first, then its reach, then its summary.
        private bool BindsVisibly(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, CancellationToken cancellationToken)
        {
            if (!_environment.Prefilter.MayBindByName(method, cancellationToken)
                || !_environment.Holders.CanTouchSockets(method, arguments)
                || !_environment.Reach.MayBind(FactKey.Definition(method), cancellationToken))
            {
                return false;
            }

            _environment.Facts.Prepare(new[] { FactKey.Summary(method) }, cancellationToken);
            return _environment.Facts.SummaryOf(method, cancellationToken) is { BindsVisibly: true };
        }
    }
}
