using System;
using System.Collections.Generic;
using System.Threading;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Walks the facts a request needs, depth first, and hands over each strongly connected group of them as soon as
    /// everything it depends on outside itself has been handed over (Tarjan's order): a fact is computed after the facts
    /// it reads. Facts that need each other (recursive methods) come as one group; within it they do not see each other.
    /// Iterative, so a long chain of helpers cannot overflow the stack.
    /// </summary>
    internal sealed class FactOrder
    {
        private readonly Func<FactKey, CancellationToken, IEnumerable<FactKey>> _dependencies;
        private readonly Func<FactKey, bool> _isKnown;
        private readonly Action<IReadOnlyList<FactKey>> _compute;
        private readonly Dictionary<FactKey, Node> _nodes = new Dictionary<FactKey, Node>();
        private readonly Stack<Node> _group = new Stack<Node>();
        private int _nextIndex;

        /// <param name="dependencies">The facts computing a fact reads; known ones may be left out or included.</param>
        /// <param name="isKnown">Whether a fact is already computed, so it needs no visit.</param>
        /// <param name="compute">Computes one group, whose dependencies outside it are all known.</param>
        public FactOrder(Func<FactKey, CancellationToken, IEnumerable<FactKey>> dependencies, Func<FactKey, bool> isKnown, Action<IReadOnlyList<FactKey>> compute)
        {
            _dependencies = dependencies;
            _isKnown = isKnown;
            _compute = compute;
        }

        public void Visit(FactKey root, CancellationToken cancellationToken)
        {
            if (_isKnown(root) || _nodes.ContainsKey(root))
            {
                return;
            }

            var path = new Stack<(Node Node, IEnumerator<FactKey> Next)>();
            path.Push((Open(root), _dependencies(root, cancellationToken).GetEnumerator()));
            while (path.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (node, next) = path.Peek();
                if (next.MoveNext())
                {
                    var dependency = next.Current;
                    if (_isKnown(dependency))
                    {
                        continue;
                    }

                    if (!_nodes.TryGetValue(dependency, out var reached))
                    {
                        path.Push((Open(dependency), _dependencies(dependency, cancellationToken).GetEnumerator()));
                    }
                    else if (reached.OnGroupStack)
                    {
                        node.LowLink = Math.Min(node.LowLink, reached.Index);
                    }

                    continue;
                }

                path.Pop();
                next.Dispose();
                if (path.Count > 0)
                {
                    var parent = path.Peek().Node;
                    parent.LowLink = Math.Min(parent.LowLink, node.LowLink);
                }

                if (node.LowLink == node.Index)
                {
                    Close(node);
                }
            }
        }

        private Node Open(FactKey key)
        {
            var node = new Node(key, _nextIndex++);
            _nodes[key] = node;
            _group.Push(node);
            node.OnGroupStack = true;
            return node;
        }

        private void Close(Node root)
        {
            var group = new List<FactKey>();
            Node member;
            do
            {
                member = _group.Pop();
                member.OnGroupStack = false;
                group.Add(member.Key);
            }
            while (member != root);

            _compute(group);
        }

        private sealed class Node
        {
            public Node(FactKey key, int index)
            {
                Key = key;
                Index = index;
                LowLink = index;
            }

            public FactKey Key { get; }

            public int Index { get; }

            public int LowLink { get; set; }

            public bool OnGroupStack { get; set; }
        }
    }
}
