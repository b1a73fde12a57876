using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The cheap test before any semantic work: does a piece of code name a socket member the rules care about
    /// (<see cref="RequiredSymbols.MentionNames"/>), or one that binds (<see cref="RequiredSymbols.BindNames"/>)? Each
    /// syntax tree's text is searched once per compilation for the names as whole words; a node then only asks whether
    /// one of those positions lies in its span. A name in a comment or string passes too; the semantic work sorts that out.
    /// </summary>
    internal sealed class SocketMentions
    {
        private readonly ImmutableArray<string> _names;
        private readonly ImmutableHashSet<string> _bindNames;

        // Lazy, so that the types of one file starting together on several threads search its text once.
        private readonly ConcurrentDictionary<SyntaxTree, Lazy<TreeMentions>> _trees = new ConcurrentDictionary<SyntaxTree, Lazy<TreeMentions>>();

        public SocketMentions(RequiredSymbols symbols)
        {
            _names = symbols.MentionNames.AddRange(symbols.BindNames);
            _bindNames = symbols.BindNames.ToImmutableHashSet(StringComparer.Ordinal);
        }

        /// <summary>Whether the node's text names a socket member.</summary>
        public bool MayUseSockets(SyntaxNode node) => Contains(Mentions(node.SyntaxTree).All, node);

        /// <summary>Whether the node's text names Bind, BindForConnect or TcpClient.</summary>
        public bool MayBind(SyntaxNode node) => Contains(Mentions(node.SyntaxTree).Binds, node);

        private static bool Contains(int[] positions, SyntaxNode node)
        {
            var index = Array.BinarySearch(positions, node.SpanStart);
            if (index < 0)
            {
                index = ~index;
            }

            return index < positions.Length && positions[index] < node.Span.End;
        }

        private TreeMentions Mentions(SyntaxTree tree) =>
            _trees.GetOrAdd(tree, key => new Lazy<TreeMentions>(() => Find(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

        private TreeMentions Find(SyntaxTree tree)
        {
            var text = tree.GetText().ToString();
            var all = new List<int>();
            var binds = new List<int>();
            foreach (var name in _names)
            {
                for (var index = text.IndexOf(name, StringComparison.Ordinal); index >= 0; index = text.IndexOf(name, index + name.Length, StringComparison.Ordinal))
                {
                    if (!IsIdentifierPart(text, index - 1) && !IsIdentifierPart(text, index + name.Length))
                    {
                        all.Add(index);
                        if (_bindNames.Contains(name))
                        {
                            binds.Add(index);
                        }
                    }
                }
            }

            all.Sort();
            binds.Sort();
            return new TreeMentions(all.ToArray(), binds.ToArray());
        }

        private static bool IsIdentifierPart(string text, int index) =>
            index >= 0 && index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_');

        private sealed class TreeMentions
        {
            public TreeMentions(int[] all, int[] binds)
            {
                All = all;
                Binds = binds;
            }

            public int[] All { get; }

            public int[] Binds { get; }
        }
    }
}
