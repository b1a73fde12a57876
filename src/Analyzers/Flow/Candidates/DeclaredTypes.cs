using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The type declarations of a compilation, read once from the declaration level of each tree (namespaces and
    /// types, never the code of their members): each by its name, and the names its base list mentions. Searching the
    /// text of every tree once per type name cost more than the rest of the prefilter on large projects.
    /// </summary>
    internal sealed class DeclaredTypes
    {
        private readonly Dictionary<string, List<TypeDeclarationSyntax>> _byName = new Dictionary<string, List<TypeDeclarationSyntax>>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, List<TypeDeclarationSyntax>> _byBaseName = new Dictionary<string, List<TypeDeclarationSyntax>>(System.StringComparer.Ordinal);

        public DeclaredTypes(Compilation compilation, CancellationToken cancellationToken)
        {
            var pending = new Stack<SyntaxNode>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                pending.Push(tree.GetRoot(cancellationToken));
                while (pending.Count > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var node = pending.Pop();
                    var members = node switch
                    {
                        CompilationUnitSyntax unit => unit.Members,
                        BaseNamespaceDeclarationSyntax space => space.Members,
                        TypeDeclarationSyntax type => type.Members,
                        _ => default,
                    };
                    if (node is TypeDeclarationSyntax declaration)
                    {
                        Add(_byName, declaration.Identifier.ValueText, declaration);
                        foreach (var baseName in BaseNamesOf(declaration))
                        {
                            Add(_byBaseName, baseName, declaration);
                        }
                    }

                    foreach (var member in members)
                    {
                        if (member is BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                        {
                            pending.Push(member);
                        }
                    }
                }
            }
        }

        /// <summary>Every declaration (each part) of the named types, and of the types whose base list names one of them, transitively.</summary>
        public List<TypeDeclarationSyntax> NamedOrDerivedFrom(IEnumerable<string> typeNames)
        {
            var names = new HashSet<string>(typeNames, System.StringComparer.Ordinal);
            var pending = new Queue<string>(names);
            var family = new List<TypeDeclarationSyntax>();
            while (pending.Count > 0)
            {
                var name = pending.Dequeue();
                family.AddRange(_byName.TryGetValue(name, out var named) ? named : Enumerable.Empty<TypeDeclarationSyntax>());
                foreach (var derived in _byBaseName.TryGetValue(name, out var deriving) ? deriving : Enumerable.Empty<TypeDeclarationSyntax>())
                {
                    if (names.Add(derived.Identifier.ValueText))
                    {
                        pending.Enqueue(derived.Identifier.ValueText);
                    }
                }
            }

            return family;
        }

        private static void Add(Dictionary<string, List<TypeDeclarationSyntax>> index, string name, TypeDeclarationSyntax declaration)
        {
            if (!index.TryGetValue(name, out var declarations))
            {
                index[name] = declarations = new List<TypeDeclarationSyntax>();
            }

            declarations.Add(declaration);
        }

        // Every identifier of the base list, generic arguments included: `class Client : Base<Session>` names both.
        private static IEnumerable<string> BaseNamesOf(TypeDeclarationSyntax declaration) =>
            declaration.BaseList is BaseListSyntax list
                ? list.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText).Distinct()
                : Enumerable.Empty<string>();
    }
}
