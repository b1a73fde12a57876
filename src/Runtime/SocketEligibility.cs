using System;
using System.Net;
using System.Net.Sockets;

namespace BindNoPort;

/// <summary>The argument checks every entry point shares, so each one fails the same way on the same misuse.</summary>
internal static class SocketEligibility
{
    /// <summary>
    /// Throws unless <paramref name="socket"/> is an open, unbound TCP socket over IPv4 or IPv6 (dual mode included):
    /// the only kind whose ephemeral port IP_BIND_ADDRESS_NO_PORT can defer and share (K3, K6).
    /// </summary>
    internal static void ThrowIfCannotDefer(Socket socket, string optionName, SocketPlatform platform)
    {
        ThrowIfDisposed(socket);
        ThrowIfNotInternet(socket, optionName);
        if (IsUdp(socket))
        {
            throw new ArgumentException(
                $"{optionName} cannot help a UDP socket: connect() on UDP picks its port without regard to the destination, so the port is never shared (K6).",
                nameof(socket));
        }

        if (socket.SocketType != SocketType.Stream || (socket.ProtocolType != ProtocolType.Tcp && socket.ProtocolType != ProtocolType.Unspecified))
        {
            throw new ArgumentException(
                $"{optionName} helps TCP sockets only; this socket is {socket.SocketType}/{socket.ProtocolType}.",
                nameof(socket));
        }

        ThrowIfBound(socket, optionName, platform);
    }

    /// <summary>
    /// Throws unless <paramref name="socket"/> is an open, unbound IPv4 or IPv6 socket with ports (TCP or UDP):
    /// IP_LOCAL_PORT_RANGE narrows the range its port is later picked from (K11).
    /// </summary>
    internal static void ThrowIfCannotNarrowPortRange(Socket socket, string optionName, SocketPlatform platform)
    {
        ThrowIfDisposed(socket);
        ThrowIfNotInternet(socket, optionName);
        ThrowIfBound(socket, optionName, platform);
    }

    // A cheap call that checks for disposal: SO_TYPE is read afresh and .NET caches nothing from it.
    private static void ThrowIfDisposed(Socket socket) => socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Type);

    // SOCK_DGRAM with protocol 0 is UDP too; a ping socket (Dgram/Icmp) is not.
    private static bool IsUdp(Socket socket) =>
        socket.ProtocolType == ProtocolType.Udp || (socket.SocketType == SocketType.Dgram && socket.ProtocolType == ProtocolType.Unspecified);

    private static void ThrowIfNotInternet(Socket socket, string optionName)
    {
        if (socket.AddressFamily == AddressFamily.Unix)
        {
            throw new ArgumentException($"{optionName} cannot help a Unix-domain socket: it has no ports.", nameof(socket));
        }

        if (socket.SocketType == SocketType.Raw)
        {
            throw new ArgumentException($"{optionName} cannot help a raw socket: it has no ports.", nameof(socket));
        }

        if (socket.AddressFamily != AddressFamily.InterNetwork && socket.AddressFamily != AddressFamily.InterNetworkV6)
        {
            throw new ArgumentException(
                $"{optionName} cannot help a socket of family {socket.AddressFamily}: it applies to IPv4 and IPv6 ports.",
                nameof(socket));
        }
    }

    // The engine's platform, the host's outside tests, decides: only a Linux engine may reach LinuxLibc. Socket.IsBound
    // reads no address, so it caches nothing. A socket it calls unbound is (the common case spares its getsockname);
    // on Linux one it calls bound may be a handle it wrapped unbound, so the kernel decides. Windows' getsockname fails
    // on an unbound handle, so there .NET does not take a socket wrapped from one for bound.
    private static void ThrowIfBound(Socket socket, string optionName, SocketPlatform platform)
    {
        string? boundTo = !socket.IsBound ? null : platform == SocketPlatform.Linux ? LinuxBoundAddress(socket) : string.Empty;
        if (boundTo is not null)
        {
            throw new InvalidOperationException(
                $"{optionName} must be set before Bind or Connect: this socket is already bound{boundTo}, and the option no longer affects its port (K7).");
        }
    }

    /// <summary>
    /// Decides as the kernel does: getsockname answers the wildcard address with port 0 until bind or connect. Never
    /// Socket.LocalEndPoint, which calls a socket wrapped from an unbound handle bound, and whose answer, read between a
    /// deferred bind and connect, stays at port 0 after connect.
    /// </summary>
    private static string? LinuxBoundAddress(Socket socket)
    {
        IPEndPoint local = LinuxLibc.LocalEndPoint(socket);
        if (local.Port != 0)
        {
            return $" to {local}";
        }

        bool wildcard = local.Address.Equals(IPAddress.Any) || local.Address.Equals(IPAddress.IPv6Any);
        return wildcard ? null : $" to {local.Address}, its port deferred to connect";
    }
}
