using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The cheap test before any semantic work: does a piece of code name a socket member the rules care about
    /// (<see cref="RequiredSymbols.MentionNames"/>), or one that binds (<see cref="RequiredSymbols.BindNames"/>)? A
    /// syntax tree's text is searched once per compilation for the names as whole words, the bind names in every tree,
    /// the others only in trees whose code is asked about; a node then only asks whether one of those positions lies
    /// in its span. A name in a comment or string passes too; the semantic work sorts that out.
    /// </summary>
    internal sealed class SocketMentions
    {
        private readonly NameSet _all;
        private readonly NameSet _binds;
        private readonly OncePerKey<SyntaxTree, string> _texts = new OncePerKey<SyntaxTree, string>();
        private readonly OncePerKey<SyntaxTree, int[]> _allPositions = new OncePerKey<SyntaxTree, int[]>();
        private readonly OncePerKey<SyntaxTree, int[]> _bindPositions = new OncePerKey<SyntaxTree, int[]>();
        private readonly Func<SyntaxTree, CancellationToken, string> _readText;
        private readonly Func<SyntaxTree, CancellationToken, int[]> _findAll;
        private readonly Func<SyntaxTree, CancellationToken, int[]> _findBinds;

        public SocketMentions(RequiredSymbols symbols)
        {
            _all = new NameSet(symbols.MentionNames.AddRange(symbols.BindNames));
            _binds = new NameSet(symbols.BindNames);
            _readText = (tree, token) => tree.GetText(token).ToString();
            _findAll = (tree, token) => _all.Find(TextOf(tree, token));
            _findBinds = (tree, token) => _binds.Find(TextOf(tree, token));
        }

        /// <summary>Whether the node's text names a socket member.</summary>
        public bool MayUseSockets(SyntaxNode node, CancellationToken cancellationToken) =>
            Contains(_allPositions.Get(node.SyntaxTree, _findAll, cancellationToken), node);

        /// <summary>Whether the node's text names Bind, BindForConnect or TcpClient.</summary>
        public bool MayBind(SyntaxNode node, CancellationToken cancellationToken) => Contains(BindPositions(node.SyntaxTree, cancellationToken), node);

        /// <summary>Where the tree's text names Bind, BindForConnect or TcpClient, in order.</summary>
        public int[] BindPositions(SyntaxTree tree, CancellationToken cancellationToken) =>
            _bindPositions.Get(tree, _findBinds, cancellationToken);

        /// <summary>The tree's text as one string, read once per compilation.</summary>
        public string TextOf(SyntaxTree tree, CancellationToken cancellationToken) =>
            _texts.Get(tree, _readText, cancellationToken);

        /// <summary>Whether the node's text holds <paramref name="name"/> as a whole word: a member's code names the member.</summary>
        public bool Names(SyntaxNode node, string name, CancellationToken cancellationToken)
        {
            var text = TextOf(node.SyntaxTree, cancellationToken);
            var end = node.Span.End;
            for (var index = text.IndexOf(name, node.SpanStart, end - node.SpanStart, StringComparison.Ordinal);
                index >= 0 && index + name.Length <= end;
                index = text.IndexOf(name, index + name.Length, end - index - name.Length, StringComparison.Ordinal))
            {
                if (!CalledNames.IsIdentifierPart(text, index - 1) && !CalledNames.IsIdentifierPart(text, index + name.Length))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether one of the sorted <paramref name="positions"/> lies in the node's span.</summary>
        public static bool Contains(int[] positions, SyntaxNode node)
        {
            var index = Array.BinarySearch(positions, node.SpanStart);
            if (index < 0)
            {
                index = ~index;
            }

            return index < positions.Length && positions[index] < node.Span.End;
        }

        /// <summary>A set of names, searched for through the few stems they all contain.</summary>
        private sealed class NameSet
        {
            private readonly ImmutableHashSet<string> _names;
            private readonly ImmutableArray<string> _stems;

            public NameSet(ImmutableArray<string> names)
            {
                _names = names.ToImmutableHashSet(StringComparer.Ordinal);

                // The shortest names that no other name contains (SetRawSocketOption contains Socket, BeginConnect contains Connect).
                _stems = names.Where(name => !names.Any(other => other != name && name.Contains(other))).Distinct().ToImmutableArray();
            }

            // The text is searched once per stem, and each hit is widened to the identifier around it.
            public int[] Find(string text)
            {
                var positions = new HashSet<int>();
                foreach (var stem in _stems)
                {
                    for (var index = text.IndexOf(stem, StringComparison.Ordinal); index >= 0; index = text.IndexOf(stem, index + stem.Length, StringComparison.Ordinal))
                    {
                        var start = index;
                        while (CalledNames.IsIdentifierPart(text, start - 1))
                        {
                            start--;
                        }

                        var end = index + stem.Length;
                        while (CalledNames.IsIdentifierPart(text, end))
                        {
                            end++;
                        }

                        if (_names.Contains(text.Substring(start, end - start)))
                        {
                            positions.Add(start);
                        }
                    }
                }

                var sorted = positions.ToArray();
                Array.Sort(sorted);
                return sorted;
            }
        }
    }
}
