using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Builds control-flow graphs for a code block and for the lambdas and local functions inside it.</summary>
    internal static class GraphBuilder
    {
        /// <summary>The graph of the executable code rooted at a declaration (method, accessor, initializer, top-level statements); null when there is none.</summary>
        public static ControlFlowGraph? Create(SemanticModel model, SyntaxNode declaration, CancellationToken cancellationToken)
        {
            var operation = model.GetOperation(declaration, cancellationToken);
            if (operation is null)
            {
                // A field or property is declared by a node that holds its initializer.
                foreach (var child in declaration.ChildNodes())
                {
                    if (child is EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or BlockSyntax)
                    {
                        operation = model.GetOperation(child, cancellationToken);
                        if (operation is not null)
                        {
                            break;
                        }
                    }
                }
            }

            if (operation is null)
            {
                return null;
            }

            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation switch
            {
                IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                IConstructorBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                IFieldInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
                IPropertyInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
                IParameterInitializerOperation initializer => ControlFlowGraph.Create(initializer, cancellationToken),
                IBlockOperation block => ControlFlowGraph.Create(block, cancellationToken),
                _ => null,
            };
        }

        /// <summary>The graphs of the lambdas and local functions directly inside a graph; each is analyzed on its own.</summary>
        public static IEnumerable<ControlFlowGraph> Nested(ControlFlowGraph graph, CancellationToken cancellationToken)
        {
            foreach (var localFunction in graph.LocalFunctions)
            {
                yield return graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken);
            }

            foreach (var block in graph.Blocks)
            {
                foreach (var root in block.Operations)
                {
                    foreach (var operation in root.DescendantsAndSelf())
                    {
                        if (operation is IFlowAnonymousFunctionOperation lambda)
                        {
                            yield return graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken);
                        }
                    }
                }

                if (block.BranchValue is not null)
                {
                    foreach (var operation in block.BranchValue.DescendantsAndSelf())
                    {
                        if (operation is IFlowAnonymousFunctionOperation lambda)
                        {
                            yield return graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken);
                        }
                    }
                }
            }
        }
    }
}
