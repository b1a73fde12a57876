using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The control-flow graphs the analysis reads, one per body for the compilation. A helper's body is summarized at
    /// each nesting depth it is reached at and may be a code block with candidates of its own: its graph, the dearest
    /// part of the work, is built once for all of them. The semantic model is the driver's, so a body's operations
    /// are the same objects whichever way they are reached.
    /// </summary>
    internal sealed class Graphs
    {
        private readonly ConcurrentDictionary<IOperation, Lazy<ControlFlowGraph?>> _graphs = new ConcurrentDictionary<IOperation, Lazy<ControlFlowGraph?>>();

        /// <summary>The graph of a declaration seen outside the block being analyzed: a helper's body, a constructor.</summary>
        public ControlFlowGraph? Of(SemanticModel model, SyntaxNode declaration) =>
            model.GetOperation(declaration, CancellationToken.None) is IOperation operation
                ? Get(RootOf(operation), root => root switch
                {
                    IMethodBodyOperation body => ControlFlowGraph.Create(body, CancellationToken.None),
                    IConstructorBodyOperation body => ControlFlowGraph.Create(body, CancellationToken.None),
                    IBlockOperation block => ControlFlowGraph.Create(block, CancellationToken.None),
                    _ => null,
                })
                : null;

        /// <summary>The graph of a code block the driver hands over, built by the context's own graph cache.</summary>
        public ControlFlowGraph OfBlock(IOperation block, Func<IOperation, ControlFlowGraph> build) =>
            Get(RootOf(block), _ => build(block))!;

        private ControlFlowGraph? Get(IOperation root, Func<IOperation, ControlFlowGraph?> build) =>
            _graphs.GetOrAdd(root, key => new Lazy<ControlFlowGraph?>(() => build(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

        private static IOperation RootOf(IOperation operation)
        {
            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation;
        }
    }
}
