using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// <see cref="MemberFacts"/> of member sockets, computed on first use for the type whose code asks and cached for the
    /// compilation. Only a bind of a member socket asks, so most types never have their members read.
    /// </summary>
    internal sealed class MemberFactsCache
    {
        private readonly FlowEnvironment _environment;
        private readonly ConcurrentDictionary<(ISymbol Member, INamedTypeSymbol View), MemberFacts> _cache =
            new ConcurrentDictionary<(ISymbol Member, INamedTypeSymbol View), MemberFacts>(new PairComparer());

        public MemberFactsCache(FlowEnvironment environment)
        {
            _environment = environment;
        }

        /// <summary>What the code of <paramref name="viewType"/> and the base types it inherits <paramref name="member"/> from does to it.</summary>
        public MemberFacts Get(ISymbol member, INamedTypeSymbol viewType) =>
            _cache.GetOrAdd((member.OriginalDefinition, viewType.OriginalDefinition), pair => Compute(pair.Member, pair.View));

        private MemberFacts Compute(ISymbol member, INamedTypeSymbol viewType)
        {
            if (IsSetFromOutside(member))
            {
                return MemberFacts.Unknown;
            }

            var chain = TypeChain.For(member, viewType);
            var uses = new MemberUses(_environment, member, chain);
            foreach (var type in chain.Types)
            {
                // Only the code that names the member can use it: the rest is never bound again. An initializer names
                // its member in the declaration around it.
                foreach (var node in TypeChain.CodeBlocksOf(type, CancellationToken.None).Where(node => _environment.Mentions.Names(node is EqualsValueClauseSyntax { Parent: { } declaration } ? declaration : node, member.Name)))
                {
                    if (_environment.ModelFor(node.SyntaxTree).GetOperation(node, CancellationToken.None) is IOperation block)
                    {
                        uses.Collect(block);
                    }
                }
            }

            return uses.ToFacts();
        }

        // Code outside the chain can give a settable public or internal member any socket.
        private static bool IsSetFromOutside(ISymbol member) => member switch
        {
            IFieldSymbol field => !field.IsReadOnly && !field.IsConst && field.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal,
            IPropertySymbol { SetMethod: { } setter } => setter.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal,
            _ => false,
        };

        private sealed class PairComparer : System.Collections.Generic.IEqualityComparer<(ISymbol Member, INamedTypeSymbol View)>
        {
            public bool Equals((ISymbol Member, INamedTypeSymbol View) x, (ISymbol Member, INamedTypeSymbol View) y) =>
                SymbolEqualityComparer.Default.Equals(x.Member, y.Member) && SymbolEqualityComparer.Default.Equals(x.View, y.View);

            public int GetHashCode((ISymbol Member, INamedTypeSymbol View) obj) =>
                unchecked((SymbolEqualityComparer.Default.GetHashCode(obj.Member) * 31) + SymbolEqualityComparer.Default.GetHashCode(obj.View));
        }
    }
}
