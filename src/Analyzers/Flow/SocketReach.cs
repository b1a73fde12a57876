using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Whether calling a method of the compilation may bind a socket, or touch one at all, decided from syntax alone:
    /// the method names such a member itself, or calls, by name, a method that does, up to the summaries' nesting cap.
    /// It decides which code blocks get a control-flow graph and which helpers get a summary. Names that collide only
    /// cost work that finds nothing.
    /// </summary>
    internal sealed class SocketReach
    {
        private readonly Compilation _compilation;
        private readonly SocketMentions _mentions;
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _binds = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _touches = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

        public SocketReach(Compilation compilation, SocketMentions mentions)
        {
            _compilation = compilation;
            _mentions = mentions;
        }

        /// <summary>Whether the method, or one it calls, names Bind, BindForConnect or TcpClient.</summary>
        public bool MayBind(IMethodSymbol method) =>
            _binds.GetOrAdd(method.OriginalDefinition, definition => new Search(this, _mentions.MayBind).Reaches(definition, MethodSummaries.NestingCap));

        /// <summary>Whether the method, or one it calls, names any socket member the rules know.</summary>
        public bool MayTouchSockets(IMethodSymbol method) =>
            _touches.GetOrAdd(method.OriginalDefinition, definition => new Search(this, _mentions.MayUseSockets).Reaches(definition, MethodSummaries.NestingCap));

        /// <summary>One question, answered once per method and depth.</summary>
        private sealed class Search
        {
            private readonly SocketReach _reach;
            private readonly Func<SyntaxNode, bool> _names;
            private readonly Dictionary<IMethodSymbol, int> _explored = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);

            public Search(SocketReach reach, Func<SyntaxNode, bool> names)
            {
                _reach = reach;
                _names = names;
            }

            public bool Reaches(IMethodSymbol method, int depth)
            {
                if (_explored.TryGetValue(method, out var explored) && explored >= depth)
                {
                    return false;
                }

                _explored[method] = depth;
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    var declaration = reference.GetSyntax();
                    if (_names(declaration) || (depth > 0 && CallsOneThatReaches(declaration, depth - 1)))
                    {
                        return true;
                    }
                }

                return false;
            }

            private bool CallsOneThatReaches(SyntaxNode declaration, int depth)
            {
                var called = declaration.DescendantNodes()
                    .Select(node => node switch
                    {
                        InvocationExpressionSyntax invocation => InvokedName(invocation.Expression),
                        ObjectCreationExpressionSyntax creation => InvokedName(creation.Type),
                        _ => null,
                    })
                    .OfType<string>()
                    .Distinct(StringComparer.Ordinal);
                foreach (var name in called)
                {
                    var candidates = _reach._compilation.GetSymbolsWithName(name, SymbolFilter.Member).OfType<IMethodSymbol>()
                        .Concat(_reach._compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>().SelectMany(type => type.InstanceConstructors));
                    if (candidates.Any(candidate => Reaches(candidate.OriginalDefinition, depth)))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private static string? InvokedName(SyntaxNode expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            _ => null,
        };
    }
}
