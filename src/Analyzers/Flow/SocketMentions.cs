using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The cheap test every code block passes before any semantic work: does its text name a socket
    /// member the rules care about? Each syntax tree's text is searched once per compilation for the
    /// names as whole words; a code block then only asks whether one of those positions lies in its span.
    /// A name in a comment or string passes too; the flow analysis sorts that out.
    /// </summary>
    internal sealed class SocketMentions
    {
        private static readonly string[] Names =
        {
            "Socket", "TcpClient", "Bind", "BindForConnect", "Connect", "ConnectAsync", "BeginConnect",
            "SetSocketOption", "SetRawSocketOption", "DeferPortToConnect", "Listen", "Accept", "AcceptAsync", "BeginAccept",
        };

        // Lazy, so that the types of one file starting together on several threads search its text once.
        private readonly ConcurrentDictionary<SyntaxTree, Lazy<int[]>> _positions = new ConcurrentDictionary<SyntaxTree, Lazy<int[]>>();

        public bool MayUseSockets(SyntaxNode node)
        {
            var tree = node.SyntaxTree;
            var positions = _positions.GetOrAdd(tree, key => new Lazy<int[]>(() => Find(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
            var index = Array.BinarySearch(positions, node.SpanStart);
            if (index < 0)
            {
                index = ~index;
            }

            return index < positions.Length && positions[index] < node.Span.End;
        }

        private static int[] Find(SyntaxTree tree)
        {
            var text = tree.GetText().ToString();
            var positions = new List<int>();
            foreach (var name in Names)
            {
                for (var index = text.IndexOf(name, StringComparison.Ordinal); index >= 0; index = text.IndexOf(name, index + name.Length, StringComparison.Ordinal))
                {
                    if (!IsIdentifierPart(text, index - 1) && !IsIdentifierPart(text, index + name.Length))
                    {
                        positions.Add(index);
                    }
                }
            }

            positions.Sort();
            return positions.ToArray();
        }

        private static bool IsIdentifierPart(string text, int index)
        {
            return index >= 0 && index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_');
        }
    }
}
