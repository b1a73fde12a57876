using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The cheap test before any semantic work: can a type or code block hold a bind? Its text must have the shape of
    /// one (<see cref="BindShapes"/>), or call by name a method that may bind. Those names are found once per
    /// compilation from text and syntax alone, from the binds outward: the members whose text has a bind's shape, then
    /// in their types (every part) and the types deriving from them (found by their names in base lists), the members
    /// that call one of those names, until no name is added. A helper of another type is reached through its caller's
    /// call of it by name. The semantic work decides later which of these calls bind (<see cref="SocketReach"/>).
    /// </summary>
    internal sealed class BindPrefilter
    {
        private readonly FlowEnvironment _environment;
        private readonly OncePerKey<Compilation, ImmutableHashSet<string>> _bindingNames = new OncePerKey<Compilation, ImmutableHashSet<string>>();
        private readonly OncePerKey<SyntaxTree, int[]> _calls = new OncePerKey<SyntaxTree, int[]>();

        public BindPrefilter(FlowEnvironment environment)
        {
            _environment = environment;
        }

        /// <summary>
        /// Finds the binding names now, on one thread, before the code blocks of the compilation ask: the first block to
        /// ask would otherwise compute them while every other block waited.
        /// </summary>
        public void Prepare(CancellationToken cancellationToken) => BindingNames(cancellationToken);

        /// <summary>Whether the node's text has the shape of a bind or calls a method that may bind.</summary>
        public bool MayHoldBind(SyntaxNode node, CancellationToken cancellationToken) =>
            _environment.Shapes.In(node, cancellationToken) || SocketMentions.Contains(_calls.Get(node.SyntaxTree, FindCalls, cancellationToken), node);

        /// <summary>Whether a call of <paramref name="method"/> may be a bind by its name: the cheap test before its reach and summary.</summary>
        public bool MayBindByName(IMethodSymbol method, CancellationToken cancellationToken) =>
            BindingNames(cancellationToken).Contains(method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name);

        private ImmutableHashSet<string> BindingNames(CancellationToken cancellationToken) =>
            _bindingNames.Get(_environment.Symbols.Compilation, ComputeBindingNames, cancellationToken);

        private ImmutableHashSet<string> ComputeBindingNames(Compilation compilation, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var typeNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                var positions = _environment.Mentions.BindPositions(tree, cancellationToken);
                if (positions.Length == 0)
                {
                    continue;
                }

                var root = tree.GetRoot(cancellationToken);
                foreach (var position in positions)
                {
                    var node = root.FindToken(position).Parent;
                    if (MemberAround(node) is MemberDeclarationSyntax member && _environment.Shapes.In(member, cancellationToken)
                        && NameOf(member) is string name && node?.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is BaseTypeDeclarationSyntax type)
                    {
                        names.Add(name);
                        typeNames.Add(type.Identifier.ValueText);
                    }
                }
            }

            // Each member of the family is read once for the names it calls; the names that bind then spread over them.
            var callers = (typeNames.Count == 0 ? new List<TypeDeclarationSyntax>() : new DeclaredTypes(compilation, cancellationToken).NamedOrDerivedFrom(typeNames))
                .SelectMany(type => type.Members)
                .Where(member => NameOf(member) is string name && !names.Contains(name))
                .Select(member => (Name: NameOf(member)!, Called: CalledBy(member, cancellationToken)))
                .ToList();
            for (var added = true; added;)
            {
                added = false;
                foreach (var (name, called) in callers)
                {
                    if (!names.Contains(name) && called.Overlaps(names))
                    {
                        names.Add(name);
                        added = true;
                    }
                }
            }

            return names.ToImmutableHashSet(StringComparer.Ordinal);
        }

        private HashSet<string> CalledBy(MemberDeclarationSyntax member, CancellationToken cancellationToken)
        {
            var called = new HashSet<string>(StringComparer.Ordinal);
            CalledNames.Add(_environment.Mentions.TextOf(member.SyntaxTree, cancellationToken), member.Span, called);
            return called;
        }

        // Where the tree's text calls one of the binding names, in order.
        private int[] FindCalls(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var names = BindingNames(cancellationToken);
            if (names.IsEmpty)
            {
                return Array.Empty<int>();
            }

            var text = _environment.Mentions.TextOf(tree, cancellationToken);
            var positions = new List<int>();
            foreach (var name in names)
            {
                for (var index = text.IndexOf(name, StringComparison.Ordinal); index >= 0; index = text.IndexOf(name, index + name.Length, StringComparison.Ordinal))
                {
                    if (CalledNames.IsCallAt(text, index, name))
                    {
                        positions.Add(index);
                    }
                }
            }

            positions.Sort();
            return positions.ToArray();
        }

        // The member of a type a position lies in: a local function or lambda belongs to its member.
        private static MemberDeclarationSyntax? MemberAround(SyntaxNode? node) =>
            node?.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault(member => member is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax);

        // What a call of the member looks like: its name, a constructor's type name; none for properties.
        private static string? NameOf(MemberDeclarationSyntax member) => member switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
            _ => null,
        };
    }
}
