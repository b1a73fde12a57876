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
        /// <summary>The graphs of the executable code a declaration holds (a body, or each initializer of a field declaration).</summary>
        public static IEnumerable<ControlFlowGraph> Create(SemanticModel model, SyntaxNode declaration, CancellationToken cancellationToken)
        {
            foreach (var node in ExecutableNodes(declaration))
            {
                if (Create(model.GetOperation(node, cancellationToken), cancellationToken) is ControlFlowGraph graph)
                {
                    yield return graph;
                }
            }
        }

        // A field declaration is not itself bound; its initializers are.
        private static IEnumerable<SyntaxNode> ExecutableNodes(SyntaxNode declaration)
        {
            switch (declaration)
            {
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer is not null)
                        {
                            yield return variable.Initializer;
                        }
                    }

                    break;
                case VariableDeclaratorSyntax { Initializer: not null } variable:
                    yield return variable.Initializer;
                    break;
                case PropertyDeclarationSyntax { Initializer: not null } property:
                    yield return property.Initializer;
                    break;
                default:
                    yield return declaration;
                    break;
            }
        }

        private static ControlFlowGraph? Create(IOperation? operation, CancellationToken cancellationToken)
        {
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
