using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Whether a piece of code's text has the shape of a direct bind: a call of Bind or BindForConnect, a TcpClient
    /// created with one argument, or a TcpClient beside a target-typed <c>new(...)</c> with one argument. Sharper than
    /// the bare names, it spares the semantic check to the many places that name a TcpClient without binding one (a
    /// field, <c>new TcpClient()</c>, a type of the user's own by that name).
    /// </summary>
    internal sealed class BindShapes
    {
        private readonly SocketMentions _mentions;
        private readonly string? _tcpClient;

        public BindShapes(SocketMentions mentions, RequiredSymbols symbols)
        {
            _mentions = mentions;
            _tcpClient = symbols.TcpClient?.Name;
        }

        public bool In(SyntaxNode node, CancellationToken cancellationToken)
        {
            var positions = _mentions.BindPositions(node.SyntaxTree, cancellationToken);
            var text = _mentions.TextOf(node.SyntaxTree, cancellationToken);
            var span = node.Span;
            var namesTcpClient = false;
            foreach (var position in positions)
            {
                if (position < span.Start)
                {
                    continue;
                }

                if (position >= span.End)
                {
                    break;
                }

                var name = IdentifierAt(text, position);
                if (name == _tcpClient)
                {
                    namesTcpClient = true;
                    if (OneArgumentAfter(text, position + name.Length, span.End))
                    {
                        return true;
                    }
                }
                else if (CalledNames.IsCallAt(text, position, name))
                {
                    return true;
                }
            }

            return namesTcpClient && HasTargetTypedCreation(text, span.Start, span.End);
        }

        private static string IdentifierAt(string text, int start)
        {
            var end = start;
            while (CalledNames.IsIdentifierPart(text, end))
            {
                end++;
            }

            return text.Substring(start, end - start);
        }

        private static bool HasTargetTypedCreation(string text, int start, int end)
        {
            for (var index = text.IndexOf("new", start, end - start, StringComparison.Ordinal); index >= 0 && index + 3 < end; index = text.IndexOf("new", index + 3, end - index - 3, StringComparison.Ordinal))
            {
                if (!CalledNames.IsIdentifierPart(text, index - 1) && OneArgumentAfter(text, index + 3, end))
                {
                    return true;
                }
            }

            return false;
        }

        // `(` then one non-empty argument: no comma outside nested brackets or literals before the closing `)`.
        private static bool OneArgumentAfter(string text, int index, int end)
        {
            while (index < end && char.IsWhiteSpace(text[index]))
            {
                index++;
            }

            if (index >= end || text[index] != '(')
            {
                return false;
            }

            var depth = 0;
            var empty = true;
            for (index++; index < end; index++)
            {
                var c = text[index];
                switch (c)
                {
                    case '"' or '\'':
                        index = EndOfLiteral(text, index, end);
                        empty = false;
                        continue;
                    case '(' or '[' or '{':
                        depth++;
                        break;
                    case ')' or ']' or '}' when depth > 0:
                        depth--;
                        break;
                    case ')':
                        return !empty;
                    case ',' when depth == 0:
                        return false;
                }

                empty &= char.IsWhiteSpace(c);
            }

            return false;
        }

        private static int EndOfLiteral(string text, int start, int end)
        {
            var quote = text[start];
            for (var index = start + 1; index < end; index++)
            {
                if (text[index] == '\\')
                {
                    index++;
                }
                else if (text[index] == quote)
                {
                    return index;
                }
            }

            return end;
        }
    }
}
