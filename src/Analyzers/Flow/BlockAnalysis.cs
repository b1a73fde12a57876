using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BindNoPort.Analyzers.Flow.Measuring;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// One code block, CA1416's way: operation actions collect the candidates while the driver walks the block; at
    /// its end, only when a candidate exists, the facts the analysis reads are computed (<see cref="FlowFacts"/>), then
    /// the graph is built (the context's, once) with the graphs of the lambdas and local functions that hold one.
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

            using var phase = PhaseClock.Enter(AnalysisPhase.Verdicts);
            var cancellationToken = context.CancellationToken;
            var viewType = context.OwningSymbol.ContainingType;
            var blocks = context.OperationBlocks.Where(block => candidates.Binds.Any(bind => block.Syntax.Span.Contains(bind.Span))).ToList();

            // A block's graph is its whole body's (a constructor's initializer with it): what that reads is prepared first.
            var bodies = blocks.Select(Operations.Root).Distinct().ToList();
            var summaries = bodies.SelectMany(body => FactDependencies.SummariesCalledIn(environment, body, cancellationToken)).Distinct().ToList();
            environment.Facts.Prepare(summaries, cancellationToken);
            if (viewType is not null)
            {
                var called = summaries.Select(key => environment.Facts.SummaryOf((IMethodSymbol)key.Subject, cancellationToken)).OfType<MethodSummary>();
                environment.Facts.Prepare(FactDependencies.MembersRead(environment, bodies, called, viewType), cancellationToken);
            }

            // A base class's code also runs as each concrete subclass that overrides what it calls on this object.
            var views = viewType is null ? ImmutableArray<INamedTypeSymbol>.Empty : environment.Dispatch.Of(viewType, bodies, cancellationToken);
            if (!views.IsEmpty)
            {
                environment.Facts.Prepare(environment.Dispatch.SummariesRead(views, bodies), cancellationToken);
            }

            var entry = viewType is null ? EntryFacts.Nothing : new MemberEntryFacts(environment, viewType);
            var findings = new List<GraphFindings>();
            foreach (var block in blocks.Where(block => block.SemanticModel is not null))
            {
                var root = environment.Graphs.OfBlock(block, context.GetControlFlowGraph, cancellationToken);
                foreach (var graph in GraphsHolding(root, candidates.Binds, cancellationToken))
                {
                    foreach (var view in new INamedTypeSymbol?[] { null }.Concat(views))
                    {
                        if (GraphAnalysis.Run(environment, graph, block.SemanticModel!, entry, cancellationToken, view) is GraphFindings found)
                        {
                            findings.Add(found);
                        }
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
        private static IEnumerable<ControlFlowGraph> GraphsHolding(ControlFlowGraph root, IReadOnlyList<SyntaxNode> binds, System.Threading.CancellationToken cancellationToken)
        {
            yield return root;
            var pending = new Stack<ControlFlowGraph>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                foreach (var nested in NestedGraphs.Of(pending.Pop(), cancellationToken))
                {
                    if (binds.Any(bind => nested.OriginalOperation.Syntax.Span.Contains(bind.Span)))
                    {
                        pending.Push(nested);
                        yield return nested;
                    }
                }
            }
        }
    }
}
