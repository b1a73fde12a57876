namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What the creation of a socket says about it.</summary>
    internal enum SocketKind
    {
        /// <summary>Creation not seen, or not conclusive: the rules stay silent.</summary>
        Unknown,

        /// <summary>An IPv4, IPv6 or dual-mode TCP stream socket.</summary>
        Tcp,

        /// <summary>UDP, raw, Unix-domain and other sockets the option cannot help (K6).</summary>
        NotTcp,
    }
}
