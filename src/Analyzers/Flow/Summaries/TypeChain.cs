using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The source types whose code can touch a member socket of an object of a given type: that type and its base
    /// types up to the one declaring the member, most derived first, and the code blocks each declares.
    /// </summary>
    internal sealed class TypeChain
    {
        private TypeChain(ImmutableArray<INamedTypeSymbol> types)
        {
            Types = types;
        }

        /// <summary>Most derived first.</summary>
        public ImmutableArray<INamedTypeSymbol> Types { get; }

        public static TypeChain For(ISymbol member, INamedTypeSymbol viewType)
        {
            var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            for (var type = viewType; type is not null && !type.DeclaringSyntaxReferences.IsEmpty; type = type.BaseType)
            {
                types.Add(type.OriginalDefinition);
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, member.ContainingType.OriginalDefinition))
                {
                    return new TypeChain(types.ToImmutable());
                }
            }

            // A static member of another type, or one inherited from metadata: only its own type's code is in reach.
            return new TypeChain(member.ContainingType.DeclaringSyntaxReferences.IsEmpty
                ? ImmutableArray<INamedTypeSymbol>.Empty
                : ImmutableArray.Create(member.ContainingType.OriginalDefinition));
        }

        /// <summary>The type just below <paramref name="type"/> in the chain, whose constructors call its constructors through base(...).</summary>
        public INamedTypeSymbol? DerivedFrom(INamedTypeSymbol type)
        {
            var index = Types.IndexOf(type, SymbolEqualityComparer.Default);
            return index > 0 ? Types[index - 1] : null;
        }

        public bool IsMostDerived(INamedTypeSymbol type) => !Types.IsEmpty && SymbolEqualityComparer.Default.Equals(Types[0], type);

        /// <summary>Every executable node the type declares: bodies, accessors, expression bodies, initializers.</summary>
        public static IEnumerable<SyntaxNode> CodeBlocksOf(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
                {
                    continue;
                }

                foreach (var member in declaration.Members)
                {
                    foreach (var node in CodeBlocksOf(member))
                    {
                        yield return node;
                    }
                }
            }
        }

        private static IEnumerable<SyntaxNode> CodeBlocksOf(MemberDeclarationSyntax member)
        {
            switch (member)
            {
                case BaseMethodDeclarationSyntax method:
                    yield return method;
                    break;
                case BasePropertyDeclarationSyntax property:
                    foreach (var accessor in property.AccessorList?.Accessors ?? default)
                    {
                        yield return accessor;
                    }

                    if (property is PropertyDeclarationSyntax { ExpressionBody: { } body })
                    {
                        yield return body;
                    }

                    if (property is PropertyDeclarationSyntax { Initializer: { } initializer })
                    {
                        yield return initializer;
                    }

                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables.Where(variable => variable.Initializer is not null))
                    {
                        yield return variable.Initializer!;
                    }

                    break;
            }
        }
    }
}
