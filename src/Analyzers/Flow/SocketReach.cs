using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Whether calling a method of the compilation may bind a socket, or touch one at all, decided from syntax alone:
    /// the method names such a member itself, or calls, by name, a method of its own type (or a base type) that does,
    /// up to the summaries' nesting cap. It decides which code blocks get a control-flow graph and which helpers get a
    /// summary. Names are looked up in the method's own types only: a search of the whole compilation by name costs
    /// more than the flow analysis it would save. A helper of another type is reached through its caller's own mention.
    /// Every answer, and every method's callees, is computed once per compilation.
    /// </summary>
    internal sealed class SocketReach
    {
        private readonly SocketMentions _mentions;
        private readonly ConcurrentDictionary<(IMethodSymbol Method, int Depth, bool Binds), bool> _answers =
            new ConcurrentDictionary<(IMethodSymbol Method, int Depth, bool Binds), bool>(new QuestionComparer());

        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _callees =
            new ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<IMethodSymbol, bool> _mayBind = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _mayTouch = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<(INamedTypeSymbol Type, bool Binds), bool> _types =
            new ConcurrentDictionary<(INamedTypeSymbol Type, bool Binds), bool>(new TypeQuestionComparer());

        public SocketReach(SocketMentions mentions)
        {
            _mentions = mentions;
        }

        /// <summary>Whether the method, or one it calls, names Bind, BindForConnect or TcpClient.</summary>
        public bool MayBind(IMethodSymbol method) => Answer(_mayBind, method, binds: true);

        /// <summary>Whether the method, or one it calls, names any socket member the rules know.</summary>
        public bool MayTouchSockets(IMethodSymbol method) => Answer(_mayTouch, method, binds: false);

        // Every call of the compilation's methods in socket code asks: one lookup per method once answered.
        private bool Answer(ConcurrentDictionary<IMethodSymbol, bool> answers, IMethodSymbol method, bool binds) =>
            answers.GetOrAdd(method.OriginalDefinition, definition => Reaches(definition, MethodSummaries.NestingCap, binds));

        // A lower depth each call down, so the answers never wait on themselves. A method of a type chain that names
        // nothing cannot reach anything, since only its own types' methods are followed: most methods stop there.
        private bool Reaches(IMethodSymbol method, int depth, bool binds) =>
            ChainMayName(method.ContainingType, binds)
            && _answers.GetOrAdd((method, depth, binds), question =>
                Names(question.Method, question.Binds)
                || (question.Depth > 0 && CalleesOf(question.Method).Any(callee => Reaches(callee, question.Depth - 1, question.Binds))));

        private bool ChainMayName(INamedTypeSymbol? type, bool binds)
        {
            for (; type is not null && !type.DeclaringSyntaxReferences.IsEmpty; type = type.BaseType)
            {
                if (_types.GetOrAdd((type.OriginalDefinition, binds), question => question.Type.DeclaringSyntaxReferences.Any(reference => Mentions(reference.GetSyntax(), question.Binds))))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Mentions(SyntaxNode node, bool binds) => binds ? _mentions.MayBind(node) : _mentions.MayUseSockets(node);

        private bool Names(IMethodSymbol method, bool binds) => method.DeclaringSyntaxReferences.Any(reference => Mentions(reference.GetSyntax(), binds));

        private ImmutableArray<IMethodSymbol> CalleesOf(IMethodSymbol method) => _callees.GetOrAdd(method, FindCallees);

        // The names the method's text calls, `Name(` or `Name<...>(`, read from the text without building syntax nodes.
        private ImmutableArray<IMethodSymbol> FindCallees(IMethodSymbol method)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                CalledNames(_mentions.TextOf(reference.SyntaxTree), reference.Span, names);
            }

            var callees = ImmutableArray.CreateBuilder<IMethodSymbol>();
            for (var owner = method.ContainingType; owner is not null && !owner.DeclaringSyntaxReferences.IsEmpty; owner = owner.BaseType)
            {
                foreach (var name in names)
                {
                    callees.AddRange(owner.GetMembers(name).OfType<IMethodSymbol>().Select(callee => callee.OriginalDefinition));
                }
            }

            return callees.ToImmutable();
        }

        private static void CalledNames(string text, TextSpan span, HashSet<string> names)
        {
            var end = span.End;
            for (var index = span.Start; index < end;)
            {
                if (!IsIdentifierStart(text[index]) || (index > span.Start && IsIdentifierPart(text[index - 1])))
                {
                    index++;
                    continue;
                }

                var start = index;
                while (index < end && IsIdentifierPart(text[index]))
                {
                    index++;
                }

                var next = index;
                while (next < end && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next < end && (text[next] == '(' || text[next] == '<'))
                {
                    names.Add(text.Substring(start, index - start));
                }
            }
        }

        private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

        private sealed class TypeQuestionComparer : System.Collections.Generic.IEqualityComparer<(INamedTypeSymbol Type, bool Binds)>
        {
            public bool Equals((INamedTypeSymbol Type, bool Binds) x, (INamedTypeSymbol Type, bool Binds) y) =>
                x.Binds == y.Binds && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

            public int GetHashCode((INamedTypeSymbol Type, bool Binds) obj) => unchecked((SymbolEqualityComparer.Default.GetHashCode(obj.Type) * 2) + (obj.Binds ? 1 : 0));
        }

        private sealed class QuestionComparer : System.Collections.Generic.IEqualityComparer<(IMethodSymbol Method, int Depth, bool Binds)>
        {
            public bool Equals((IMethodSymbol Method, int Depth, bool Binds) x, (IMethodSymbol Method, int Depth, bool Binds) y) =>
                x.Depth == y.Depth && x.Binds == y.Binds && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

            public int GetHashCode((IMethodSymbol Method, int Depth, bool Binds) obj) =>
                unchecked((SymbolEqualityComparer.Default.GetHashCode(obj.Method) * 31) + (obj.Depth * 2) + (obj.Binds ? 1 : 0));
        }
    }
}
