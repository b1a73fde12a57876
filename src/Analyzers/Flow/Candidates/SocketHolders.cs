using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Which types can hold a socket: Socket and TcpClient themselves, and types with a field or property of such a
    /// type (a wrapper, a connection object), a few levels down. A call whose receiver, arguments and result hold no
    /// socket cannot touch one the caller tracks, so it needs no summary.
    /// </summary>
    internal sealed class SocketHolders
    {
        private const int Depth = 3;

        private readonly RequiredSymbols _symbols;
        private readonly ConcurrentDictionary<(ITypeSymbol Type, int Depth), bool> _holders = new ConcurrentDictionary<(ITypeSymbol Type, int Depth), bool>(new TypeDepthComparer());

        public SocketHolders(RequiredSymbols symbols)
        {
            _symbols = symbols;
        }

        /// <summary>Whether a call of <paramref name="method"/> with <paramref name="arguments"/> can touch a socket its caller names.</summary>
        public bool CanTouchSockets(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments) =>
            Holds(_symbols.ResultOf(method))
            || (!method.IsStatic && Holds(method.ContainingType))
            || arguments.Any(argument => Holds(argument.Value.Type));

        public bool Holds(ITypeSymbol? type) => type is not null && Holds(type, Depth);

        // Each type is read once per depth: a large class's members share their field types with one another.
        private bool Holds(ITypeSymbol type, int depth) => _holders.GetOrAdd((type, depth), key => Reads(key.Type, key.Depth));

        private bool Reads(ITypeSymbol type, int depth)
        {
            if (_symbols.IsTrackedType(type))
            {
                return true;
            }

            if (depth == 0 || type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named || !_symbols.IsInCompilation(named))
            {
                return false;
            }

            for (var current = named; current is not null && _symbols.IsInCompilation(current); current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    var memberType = member switch
                    {
                        IFieldSymbol { IsStatic: false } field => field.Type,
                        IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
                        _ => null,
                    };
                    if (memberType is not null && !SymbolEqualityComparer.Default.Equals(memberType, type) && Holds(memberType, depth - 1))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private sealed class TypeDepthComparer : System.Collections.Generic.IEqualityComparer<(ITypeSymbol Type, int Depth)>
        {
            public bool Equals((ITypeSymbol Type, int Depth) x, (ITypeSymbol Type, int Depth) y) =>
                x.Depth == y.Depth && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

            public int GetHashCode((ITypeSymbol Type, int Depth) obj) => unchecked((SymbolEqualityComparer.Default.GetHashCode(obj.Type) * 8) + obj.Depth);
        }
    }
}
