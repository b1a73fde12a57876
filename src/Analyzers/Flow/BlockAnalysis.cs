using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// One code block, CA1416's way: operation actions collect the candidates while the driver walks the block; at
    /// its end the graph is built (the context's, once) only when a candidate exists, with the graphs of the lambdas
    /// and local functions that hold one.
    /// </summary>
    internal static class BlockAnalysis
    {
        public static void Start(OperationBlockStartAnalysisContext context, FlowEnvironment environment)
        {
            var candidates = new BlockCandidates(environment);
            context.RegisterOperationAction(candidates.Observe, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.Invalid);
            context.RegisterOperationBlockEndAction(end => End(end, environment, candidates));
        }

        private static void End(OperationBlockAnalysisContext context, FlowEnvironment environment, BlockCandidates candidates)
        {
            if (candidates.Binds.Count == 0)
            {
                return;
            }

            var viewType = context.OwningSymbol.ContainingType;
            var entry = viewType is null ? EntryFacts.Nothing : new MemberEntryFacts(environment, viewType);
            var findings = new List<GraphFindings>();
            foreach (var block in context.OperationBlocks)
            {
                if (!candidates.Binds.Any(bind => block.Syntax.Span.Contains(bind.Span)) || block.SemanticModel is not SemanticModel model)
                {
                    continue;
                }

                foreach (var graph in GraphsHolding(environment.Graphs.OfBlock(block, context.GetControlFlowGraph), candidates.Binds, context))
                {
                    if (GraphAnalysis.Run(environment, graph, model, entry, MethodSummaries.NestingCap, context.CancellationToken) is GraphFindings found)
                    {
                        findings.Add(found);
                    }
                }
            }

            var verdicts = new BindVerdicts(environment, viewType, context.OperationBlocks[0].Syntax);
            foreach (var diagnostic in verdicts.Of(findings))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        // The block's own graph, whose paths join what its local functions do, and every nested graph holding a candidate.
        private static IEnumerable<ControlFlowGraph> GraphsHolding(ControlFlowGraph root, IReadOnlyList<SyntaxNode> binds, OperationBlockAnalysisContext context)
        {
            yield return root;
            var pending = new Stack<ControlFlowGraph>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                foreach (var nested in Nested(pending.Pop(), context))
                {
                    if (binds.Any(bind => nested.OriginalOperation.Syntax.Span.Contains(bind.Span)))
                    {
                        pending.Push(nested);
                        yield return nested;
                    }
                }
            }
        }

        private static IEnumerable<ControlFlowGraph> Nested(ControlFlowGraph graph, OperationBlockAnalysisContext context)
        {
            foreach (var localFunction in graph.LocalFunctions)
            {
                yield return graph.GetLocalFunctionControlFlowGraph(localFunction, context.CancellationToken);
            }

            foreach (var block in graph.Blocks)
            {
                var roots = block.BranchValue is null ? block.Operations : block.Operations.Add(block.BranchValue);
                foreach (var lambda in roots.SelectMany(root => root.DescendantsAndSelf()).OfType<IFlowAnonymousFunctionOperation>())
                {
                    yield return graph.GetAnonymousFunctionControlFlowGraph(lambda, context.CancellationToken);
                }
            }
        }
    }
}
