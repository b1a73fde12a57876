using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>One bind of a socket, as seen where it happens.</summary>
    internal sealed class BindFact
    {
        public BindFact(BindSite site, bool unsafeBind, SocketKind kind)
        {
            Site = site;
            Unsafe = unsafeBind;
            Kind = kind;
        }

        /// <summary>What the bind is, independent of the path that reaches it.</summary>
        public BindSite Site { get; }

        /// <summary>The Bind call, the TcpClient creation or the helper call: where the diagnostic goes.</summary>
        public IOperation Operation => Site.Operation;

        public BindForm Form => Site.Form;

        public EndPointFacts EndPoint => Site.EndPoint;

        /// <summary>Whether IP_BIND_ADDRESS_NO_PORT was possibly missing when the socket was bound.</summary>
        public bool Unsafe { get; }

        /// <summary>What the bound socket was when it was bound: only a TCP socket's bind is reported.</summary>
        public SocketKind Kind { get; }

        public BindFact WithUnsafe(bool unsafeBind) => unsafeBind == Unsafe ? this : new BindFact(Site, unsafeBind, Kind);

        public bool SameAs(BindFact other) => ReferenceEquals(Site, other.Site) && Unsafe == other.Unsafe && Kind == other.Kind;
    }
}
