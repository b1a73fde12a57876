using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Names a socket by what reaches it: a local, a parameter, a field or property of this instance (or a static one),
    /// or a flow capture of the graph, followed by member accesses (this.conn.Socket, client.Client).
    /// </summary>
    internal sealed class SocketKey : IEquatable<SocketKey>
    {
        private readonly int _hashCode;

        private SocketKey(object root, ImmutableArray<ISymbol> members)
        {
            Root = root;
            Members = members;
            var hash = root is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : root.GetHashCode();
            foreach (var member in members)
            {
                hash = unchecked((hash * 31) + SymbolEqualityComparer.Default.GetHashCode(member));
            }

            _hashCode = hash;
        }

        /// <summary>A local, parameter, field or property symbol, the type of a Socket subclass for its own object, a <see cref="CaptureId"/>, or the <see cref="ReturnSlot"/>.</summary>
        public object Root { get; }

        /// <summary>The members read after the root, in order.</summary>
        public ImmutableArray<ISymbol> Members { get; }

        /// <summary>Whether the path starts at a field or property, so other members may use the same socket.</summary>
        public bool IsRootedInMember => Root is IFieldSymbol or IPropertySymbol;

        /// <summary>The member the key names last, or its root when it has no member path.</summary>
        public object Last => Members.IsEmpty ? Root : Members[Members.Length - 1];

        public static SocketKey Of(ISymbol root) => new SocketKey(root, ImmutableArray<ISymbol>.Empty);

        public static SocketKey Of(CaptureId capture) => new SocketKey(capture, ImmutableArray<ISymbol>.Empty);

        public static SocketKey Of(ReturnSlot slot) => new SocketKey(slot, ImmutableArray<ISymbol>.Empty);

        public SocketKey Append(ISymbol member) => new SocketKey(Root, Members.Add(member));

        /// <summary>This key's member path read from another root: a callee's parameter path seen from the caller's argument.</summary>
        public SocketKey Rebase(SocketKey root) => Members.IsEmpty ? root : new SocketKey(root.Root, root.Members.AddRange(Members));

        /// <summary>This key read through <paramref name="replacement"/> instead of <paramref name="prefix"/>, which it starts with.</summary>
        public SocketKey ReplacePrefix(SocketKey prefix, SocketKey replacement) =>
            new SocketKey(replacement.Root, replacement.Members.AddRange(Members.RemoveRange(0, prefix.Members.Length)));

        /// <summary>Whether this key is the given one or reached through it (a reassignment of the prefix invalidates it).</summary>
        public bool StartsWith(SocketKey prefix)
        {
            if (prefix.Members.Length > Members.Length || !RootEquals(prefix.Root, Root))
            {
                return false;
            }

            for (var i = 0; i < prefix.Members.Length; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(prefix.Members[i], Members[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Equals(SocketKey? other) =>
            other is not null && other._hashCode == _hashCode && other.Members.Length == Members.Length && StartsWith(other);

        public override bool Equals(object? obj) => Equals(obj as SocketKey);

        public override int GetHashCode() => _hashCode;

        private static bool RootEquals(object left, object right) =>
            left is ISymbol leftSymbol && right is ISymbol rightSymbol
                ? SymbolEqualityComparer.Default.Equals(leftSymbol, rightSymbol)
                : left.Equals(right);
    }
}
