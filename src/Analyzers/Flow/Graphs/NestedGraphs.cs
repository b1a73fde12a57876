using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The graphs of the local functions and lambdas one graph declares.</summary>
    internal static class NestedGraphs
    {
        public static IEnumerable<ControlFlowGraph> Of(ControlFlowGraph graph, CancellationToken cancellationToken)
        {
            foreach (var localFunction in graph.LocalFunctions)
            {
                yield return graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken);
            }

            foreach (var block in graph.Blocks)
            {
                var roots = block.BranchValue is null ? block.Operations : block.Operations.Add(block.BranchValue);
                foreach (var lambda in roots.SelectMany(root => root.DescendantsAndSelf()).OfType<IFlowAnonymousFunctionOperation>())
                {
                    yield return graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken);
                }
            }
        }
    }
}
