namespace BindNoPort.Analyzers
{
    /// <summary>The socket option numbers the rules and fixes speak of, written once (KERNEL-FACTS K3, K11, N5).</summary>
    internal static class SocketOptionNumbers
    {
        /// <summary>SOL_IP; SocketOptionLevel.IP has the same value. IPv6 sockets take the option at this level too (K5).</summary>
        public const int LevelIP = 0;

        /// <summary>IP_BIND_ADDRESS_NO_PORT (Linux 4.2).</summary>
        public const int BindAddressNoPort = 24;

        /// <summary>IP_LOCAL_PORT_RANGE (Linux 6.3).</summary>
        public const int LocalPortRange = 51;

        /// <summary>SocketOptionLevel.Socket, as .NET numbers it.</summary>
        public const int LevelSocket = 0xffff;

        /// <summary>SO_REUSE_UNICASTPORT, SocketOptionName.ReuseUnicastPort (Windows 10 / Server 2016).</summary>
        public const int ReuseUnicastPort = 0x3007;
    }
}
