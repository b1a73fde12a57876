using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The values the locals and flow captures of one graph are given. A local or capture given one value holds it
    /// wherever it is read; a capture given a value on each branch of a conditional is a socket of its own, tracked
    /// by its id, and a local given several values holds none the analysis can name. A local's values are its
    /// member's (<see cref="LocalValues"/>), read from the code as written.
    /// </summary>
    internal sealed class GraphDefinitions
    {
        private readonly Dictionary<CaptureId, IOperation?> _captures = new Dictionary<CaptureId, IOperation?>();
        private readonly HashSet<CaptureId> _branchCaptures = new HashSet<CaptureId>();
        private readonly Dictionary<ILocalSymbol, IOperation?> _locals = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);
        private readonly Dictionary<CaptureId, string> _captureTargets = new Dictionary<CaptureId, string>();
        private readonly IOperation _member;

        private GraphDefinitions(IOperation member)
        {
            _member = member;
        }

        public static GraphDefinitions Collect(ControlFlowGraph graph)
        {
            var definitions = new GraphDefinitions(Operations.Root(graph.OriginalOperation));
            foreach (var block in graph.Blocks)
            {
                foreach (var root in block.Operations)
                {
                    definitions.Collect(root);
                }

                if (block.BranchValue is not null)
                {
                    definitions.Collect(block.BranchValue);
                }
            }

            return definitions;
        }

        /// <summary>The single value a local or capture is given in this graph; null when it has none or several.</summary>
        public IOperation? ValueOf(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => LocalValue(local.Local),
            IFlowCaptureReferenceOperation capture when _captures.TryGetValue(capture.Id, out var value) => value,
            _ => null,
        };

        /// <summary>Whether the capture takes a value on each branch of a conditional, so it is a socket of its own.</summary>
        public bool IsBranchCapture(CaptureId capture) => _branchCaptures.Contains(capture);

        /// <summary>What the conditional's value is assigned to, as the message names a socket: the variable, not a branch.</summary>
        public string? TargetOf(CaptureId capture) => _captureTargets.TryGetValue(capture, out var target) ? target : null;

        private void Collect(IOperation operation)
        {
            foreach (var node in operation.DescendantsAndSelf())
            {
                switch (node)
                {
                    case IFlowCaptureOperation capture:
                        if (_captures.ContainsKey(capture.Id))
                        {
                            _branchCaptures.Add(capture.Id);
                        }

                        Define(_captures, capture.Id, capture.Value);
                        break;
                    case ISimpleAssignmentOperation assignment:
                        if (Operations.Unwrap(assignment.Value) is IFlowCaptureReferenceOperation assigned)
                        {
                            _captureTargets[assigned.Id] = assignment.Target is ILocalReferenceOperation named ? named.Local.Name : assignment.Target.Syntax.ToString();
                        }

                        break;
                }
            }
        }

        private IOperation? LocalValue(ILocalSymbol local)
        {
            if (!_locals.TryGetValue(local, out var value))
            {
                value = LocalValues.Of(local, _member).Single;
                _locals[local] = value;
            }

            return value;
        }

        // A second, different definition makes the value ambiguous: remember null.
        private static void Define<TKey>(Dictionary<TKey, IOperation?> definitions, TKey key, IOperation value)
            where TKey : notnull
        {
            definitions[key] = definitions.TryGetValue(key, out var existing) && !ReferenceEquals(existing, value) ? null : value;
        }
    }
}
