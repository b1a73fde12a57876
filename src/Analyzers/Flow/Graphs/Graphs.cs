using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BindNoPort.Analyzers.Flow.Measuring;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The control-flow graphs the analysis reads, one per body for the compilation. A body may be a code block with
    /// candidates of its own and also summarized for its callers: its graph, the dearest part of the work, is built
    /// once for both. The semantic model is the driver's, so a body's operations are the same objects whichever way
    /// they are reached.
    /// </summary>
    internal sealed class Graphs
    {
        private readonly OncePerKey<IOperation, ControlFlowGraph?> _graphs = new OncePerKey<IOperation, ControlFlowGraph?>();

        /// <summary>The graph of a declaration seen outside the block being analyzed: a helper's body, a constructor.</summary>
        public ControlFlowGraph? Of(SemanticModel model, SyntaxNode declaration, CancellationToken cancellationToken) =>
            model.GetOperation(declaration, cancellationToken) is IOperation operation ? _graphs.Get(Operations.Root(operation), Build, cancellationToken) : null;

        /// <summary>The graph of a code block the driver hands over, built by the context's own graph cache unless built already.</summary>
        public ControlFlowGraph OfBlock(IOperation block, Func<IOperation, ControlFlowGraph> build, CancellationToken cancellationToken) =>
            _graphs.Get(Operations.Root(block), (_, _) => Timed(build, block), cancellationToken)!;

        /// <summary>The graph of a local function, searched from the graph of the body that declares it.</summary>
        public ControlFlowGraph? OfLocalFunction(SemanticModel model, IMethodSymbol localFunction, CancellationToken cancellationToken)
        {
            var declaration = localFunction.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
            if (declaration is null || model.GetOperation(declaration, cancellationToken) is not IOperation operation || _graphs.Get(Operations.Root(operation), Build, cancellationToken) is not ControlFlowGraph root)
            {
                return null;
            }

            var pending = new Queue<ControlFlowGraph>();
            pending.Enqueue(root);
            while (pending.Count > 0)
            {
                var graph = pending.Dequeue();
                if (graph.LocalFunctions.Contains(localFunction, SymbolEqualityComparer.Default))
                {
                    return graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken);
                }

                foreach (var nested in NestedGraphs.Of(graph, cancellationToken))
                {
                    pending.Enqueue(nested);
                }
            }

            return null;
        }

        private static ControlFlowGraph Timed(Func<IOperation, ControlFlowGraph> build, IOperation block)
        {
            using var phase = PhaseClock.Enter(AnalysisPhase.Graphs);
            return build(block);
        }

        private static ControlFlowGraph? Build(IOperation root, CancellationToken cancellationToken)
        {
            using var phase = PhaseClock.Enter(AnalysisPhase.Graphs);
            return root switch
            {
                IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                IConstructorBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                IBlockOperation block => ControlFlowGraph.Create(block, cancellationToken),
                IFieldInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
                IPropertyInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
                _ => null,
            };
        }
    }
}
