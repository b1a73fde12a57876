using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Analyzes one control-flow graph: reads its events, runs the flow to convergence, records what it shows. It reads
    /// facts about other code from <see cref="FlowFacts"/>, computed before it starts.
    /// </summary>
    internal static class GraphAnalysis
    {
        /// <summary>The findings; null when the states did not settle, so nothing may be concluded.</summary>
        /// <param name="environment">The compilation's symbols and facts.</param>
        /// <param name="graph">The graph.</param>
        /// <param name="model">Its semantic model.</param>
        /// <param name="entry">What the member sockets hold on entry.</param>
        /// <param name="cancellationToken">The analysis's token.</param>
        /// <param name="view">The concrete class the code runs as, its calls on this dispatched there; null for the code as written.</param>
        public static GraphFindings? Run(FlowEnvironment environment, ControlFlowGraph graph, SemanticModel model, EntryFacts entry, CancellationToken cancellationToken, INamedTypeSymbol? view = null)
        {
            var definitions = GraphDefinitions.Collect(graph);
            var nested = NestedCode.Collect(graph.OriginalOperation, environment.Symbols);
            var keys = new SocketKeys(environment.Symbols, definitions, nested);
            var events = new EventReader(environment, graph, model, keys, definitions, nested, cancellationToken, view).Read();
            var start = FlowState.Entry(entry);
            if (events.IsEmpty)
            {
                return new GraphFindings(events, nested) { Exit = start };
            }

            var inStates = Fixpoint.Run(events, start, new EdgeRefinement(environment.Symbols, keys, definitions), cancellationToken);
            return inStates is null ? null : FindingsRecorder.Record(events, nested, inStates);
        }
    }
}
