using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The control-flow graph of a declaration seen outside the block being analyzed: a helper's body, a constructor.</summary>
    internal static class Graphs
    {
        public static ControlFlowGraph? Of(SemanticModel model, SyntaxNode declaration, CancellationToken cancellationToken)
        {
            var operation = model.GetOperation(declaration, cancellationToken);
            while (operation?.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation switch
            {
                IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                IConstructorBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                IBlockOperation block => ControlFlowGraph.Create(block, cancellationToken),
                _ => null,
            };
        }
    }
}
