using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Forward data flow over one graph: blocks are revisited until their states stop changing, so loops converge.
    /// A pass revisits only the blocks whose inputs changed since their last visit. The result is each block's
    /// converged input; <see cref="FindingsRecorder"/> replays the blocks once from there.
    /// </summary>
    internal static class Fixpoint
    {
        // The lattice is finite and every join only loses facts, so real graphs settle in a few passes.
        private const int MaxPasses = 64;

        /// <summary>Each block's input by ordinal (null where none is reachable); null when the states did not settle.</summary>
        public static FlowState?[]? Run(GraphEvents events, FlowState entry, EdgeRefinement edges, System.Threading.CancellationToken cancellationToken)
        {
            var blocks = events.Graph.Blocks;
            var readers = ReadersOf(blocks);
            var inStates = new FlowState?[blocks.Length];
            var outStates = new FlowState?[blocks.Length];
            var stale = new bool[blocks.Length];
            stale[0] = true;
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var visited = false;
                foreach (var block in blocks)
                {
                    if (!stale[block.Ordinal])
                    {
                        continue;
                    }

                    stale[block.Ordinal] = false;
                    visited = true;
                    var input = block.Ordinal == 0 ? entry : InputOf(block, outStates, edges);
                    if (input is null)
                    {
                        continue;
                    }

                    inStates[block.Ordinal] = input;
                    var output = Replay(events, block.Ordinal, input);
                    var previous = outStates[block.Ordinal];
                    if (previous is null || !previous.SameAs(output))
                    {
                        outStates[block.Ordinal] = output;
                        foreach (var reader in readers[block.Ordinal])
                        {
                            stale[reader] = true;
                        }
                    }
                }

                if (!visited)
                {
                    return inStates;
                }
            }

            return null;
        }

        public static FlowState Replay(GraphEvents events, int ordinal, FlowState state)
        {
            foreach (var socketEvent in events.Blocks[ordinal])
            {
                state = Transfer.Apply(socketEvent, state);
            }

            return state;
        }

        private static FlowState? InputOf(BasicBlock block, FlowState?[] outStates, EdgeRefinement edges)
        {
            FlowState? input = null;
            foreach (var predecessor in block.Predecessors)
            {
                if (outStates[predecessor.Source.Ordinal] is not FlowState source)
                {
                    continue;
                }

                var edge = edges.OnEdge(predecessor.Source, predecessor.IsConditionalSuccessor, source);
                input = input is null ? edge : input.Join(edge);
            }

            if (input is null && block.Predecessors.IsEmpty && TryRegionOf(block) is ControlFlowRegion tryRegion)
            {
                // A catch or finally runs after any block of its try. The states at the ends of those blocks are
                // taken, not their starts: try { SetRawSocketOption(...) } catch { } is a best-effort option, as in
                // nginx, and counts as set.
                for (var ordinal = tryRegion.FirstBlockOrdinal; ordinal <= tryRegion.LastBlockOrdinal; ordinal++)
                {
                    if (outStates[ordinal] is FlowState state)
                    {
                        input = input is null ? state : input.Join(state);
                    }
                }
            }

            return input;
        }

        // Which blocks read each block's output: its successors, and the catch or finally of a try it is in.
        private static List<int>[] ReadersOf(ImmutableArray<BasicBlock> blocks)
        {
            var readers = new List<int>[blocks.Length];
            for (var ordinal = 0; ordinal < blocks.Length; ordinal++)
            {
                readers[ordinal] = new List<int>();
            }

            foreach (var block in blocks)
            {
                foreach (var predecessor in block.Predecessors)
                {
                    readers[predecessor.Source.Ordinal].Add(block.Ordinal);
                }

                if (block.Predecessors.IsEmpty && TryRegionOf(block) is ControlFlowRegion tryRegion)
                {
                    for (var ordinal = tryRegion.FirstBlockOrdinal; ordinal <= tryRegion.LastBlockOrdinal; ordinal++)
                    {
                        readers[ordinal].Add(block.Ordinal);
                    }
                }
            }

            return readers;
        }

        private static ControlFlowRegion? TryRegionOf(BasicBlock handlerEntry)
        {
            var region = handlerEntry.EnclosingRegion;
            while (region is not null && region.FirstBlockOrdinal == handlerEntry.Ordinal)
            {
                if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.FilterAndHandler or ControlFlowRegionKind.Finally)
                {
                    var parent = region.EnclosingRegion;
                    if (parent?.Kind == ControlFlowRegionKind.FilterAndHandler)
                    {
                        parent = parent.EnclosingRegion;
                    }

                    if (parent is null)
                    {
                        return null;
                    }

                    foreach (var nested in parent.NestedRegions)
                    {
                        if (nested.Kind == ControlFlowRegionKind.Try)
                        {
                            return nested;
                        }
                    }

                    return null;
                }

                region = region.EnclosingRegion;
            }

            return null;
        }
    }
}
