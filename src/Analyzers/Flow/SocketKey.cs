using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Names a socket by the symbols that reach it: a local, a parameter, or a field or property of
    /// this instance, followed by member accesses (this.conn.Socket, client.Client).
    /// </summary>
    internal sealed class SocketKey : IEquatable<SocketKey>
    {
        private readonly int _hashCode;

        public SocketKey(ImmutableArray<ISymbol> path)
        {
            Path = path;
            var hash = 17;
            foreach (var symbol in path)
            {
                hash = unchecked((hash * 31) + SymbolEqualityComparer.Default.GetHashCode(symbol));
            }

            _hashCode = hash;
        }

        public ImmutableArray<ISymbol> Path { get; }

        /// <summary>The first symbol: a local, a parameter, or a member of the analyzed type.</summary>
        public ISymbol Root => Path[0];

        /// <summary>Whether the path starts at a field or property of the enclosing type, so other members may use the same socket.</summary>
        public bool IsRootedInMember => Root is IFieldSymbol or IPropertySymbol;

        public static SocketKey Of(ISymbol root) => new SocketKey(ImmutableArray.Create(root));

        public SocketKey Append(ISymbol member) => new SocketKey(Path.Add(member));

        /// <summary>Whether this key is the given one or reached through it (a reassignment of the prefix invalidates it).</summary>
        public bool StartsWith(SocketKey prefix)
        {
            if (prefix.Path.Length > Path.Length)
            {
                return false;
            }

            for (var i = 0; i < prefix.Path.Length; i++)
            {
                if (!SymbolEqualityComparer.Default.Equals(prefix.Path[i], Path[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public bool Equals(SocketKey? other)
        {
            if (other is null || other._hashCode != _hashCode || other.Path.Length != Path.Length)
            {
                return false;
            }

            return StartsWith(other);
        }

        public override bool Equals(object? obj) => Equals(obj as SocketKey);

        public override int GetHashCode() => _hashCode;
    }
}
