using BindNoPort.Analyzers;

namespace BindNoPort;

/// <summary>
/// Linux socket option numbers that .NET has no <see cref="System.Net.Sockets.SocketOptionName"/> for, taken
/// from the numbers the analyzers and fixes write, so the product states each once. Constants, not
/// Tmds.LibC's properties, because the engine that passes them runs on every platform; a test checks them against
/// Tmds.LibC where it has them (it has no IP_LOCAL_PORT_RANGE).
/// </summary>
internal static class LinuxSocketOptions
{
    /// <summary>SOL_IP. IPv6 sockets take both options below at this level too (K5).</summary>
    internal const int LevelIP = SocketOptionNumbers.LevelIP;

    /// <summary>IP_BIND_ADDRESS_NO_PORT, Linux 4.2+ (K3).</summary>
    internal const int BindAddressNoPort = SocketOptionNumbers.BindAddressNoPort;

    /// <summary>IP_LOCAL_PORT_RANGE, Linux 6.3+ (K11).</summary>
    internal const int LocalPortRange = SocketOptionNumbers.LocalPortRange;

    /// <summary>Packs a port range the way IP_LOCAL_PORT_RANGE reads it: upper bound in the high 16 bits (K11).</summary>
    internal static int PackPortRange(int lowPort, int highPort) => unchecked((int)(((uint)highPort << 16) | (uint)lowPort));
}
