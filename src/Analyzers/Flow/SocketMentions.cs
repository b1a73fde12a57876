using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        private readonly ImmutableHashSet<string> _nameSet;
        private readonly ImmutableHashSet<string> _bindNames;
        private readonly ImmutableArray<string> _stems;

        // Lazy, so that the types of one file starting together on several threads search its text once.
        private readonly ConcurrentDictionary<SyntaxTree, Lazy<TreeMentions>> _trees = new ConcurrentDictionary<SyntaxTree, Lazy<TreeMentions>>();

        public SocketMentions(RequiredSymbols symbols)
        {
            var names = symbols.MentionNames.AddRange(symbols.BindNames);
            _nameSet = names.ToImmutableHashSet(StringComparer.Ordinal);
            _bindNames = symbols.BindNames.ToImmutableHashSet(StringComparer.Ordinal);

            // The shortest names that no other name contains are the stems every name is found through.
            _stems = names.Where(name => !names.Any(other => other != name && name.Contains(other))).Distinct().ToImmutableArray();
        }

        /// <summary>Whether the node's text names a socket member.</summary>
        public bool MayUseSockets(SyntaxNode node) => Contains(Mentions(node.SyntaxTree).All, node);

        /// <summary>Whether the node's text names Bind, BindForConnect or TcpClient.</summary>
        public bool MayBind(SyntaxNode node) => Contains(Mentions(node.SyntaxTree).Binds, node);

        /// <summary>The tree's text as one string, read once per compilation.</summary>
        public string TextOf(SyntaxTree tree) => Mentions(tree).Text;

        /// <summary>Whether the node's text holds <paramref name="name"/> as a whole word: a member's code names the member.</summary>
        public bool Names(SyntaxNode node, string name)
        {
            var text = Mentions(node.SyntaxTree).Text;
            var end = node.Span.End;
            for (var index = text.IndexOf(name, node.SpanStart, end - node.SpanStart, StringComparison.Ordinal);
                index >= 0 && index + name.Length <= end;
                index = text.IndexOf(name, index + name.Length, end - index - name.Length, StringComparison.Ordinal))
            {
                if (!IsIdentifierPart(text, index - 1) && !IsIdentifierPart(text, index + name.Length))
                {
                    return true;
                }
            }

            return false;
        }

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

        // Each name contains one of a few stems (SetRawSocketOption contains Socket, BeginConnect contains Connect): the
        // text is searched once per stem, and each hit is widened to the identifier around it.
        private TreeMentions Find(SyntaxTree tree)
        {
            var text = tree.GetText().ToString();
            var all = new List<int>();
            var binds = new List<int>();
            var seen = new HashSet<int>();
            foreach (var stem in _stems)
            {
                for (var index = text.IndexOf(stem, StringComparison.Ordinal); index >= 0; index = text.IndexOf(stem, index + stem.Length, StringComparison.Ordinal))
                {
                    var start = index;
                    while (IsIdentifierPart(text, start - 1))
                    {
                        start--;
                    }

                    var end = index + stem.Length;
                    while (IsIdentifierPart(text, end))
                    {
                        end++;
                    }

                    var name = text.Substring(start, end - start);
                    if (_nameSet.Contains(name) && seen.Add(start))
                    {
                        all.Add(start);
                        if (_bindNames.Contains(name))
                        {
                            binds.Add(start);
                        }
                    }
                }
            }

            all.Sort();
            binds.Sort();
            return new TreeMentions(text, all.ToArray(), binds.ToArray());
        }

        private static bool IsIdentifierPart(string text, int index) =>
            index >= 0 && index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_');

        private sealed class TreeMentions
        {
            public TreeMentions(string text, int[] all, int[] binds)
            {
                Text = text;
                All = all;
                Binds = binds;
            }

            public string Text { get; }

            public int[] All { get; }

            public int[] Binds { get; }
        }
    }
}
