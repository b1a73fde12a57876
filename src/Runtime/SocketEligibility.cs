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
    internal static void ThrowIfCannotDefer(Socket socket, string optionName)
    {
        EndPoint? boundTo = ReadLocalEndPoint(socket);
        ThrowIfNotInternet(socket, optionName);
        if (socket.SocketType == SocketType.Dgram || socket.ProtocolType == ProtocolType.Udp)
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

        ThrowIfBound(boundTo, optionName);
    }

    /// <summary>
    /// Throws unless <paramref name="socket"/> is an open, unbound IPv4 or IPv6 socket with ports (TCP or UDP):
    /// IP_LOCAL_PORT_RANGE narrows the range its port is later picked from (K11).
    /// </summary>
    internal static void ThrowIfCannotNarrowPortRange(Socket socket, string optionName)
    {
        EndPoint? boundTo = ReadLocalEndPoint(socket);
        ThrowIfNotInternet(socket, optionName);
        ThrowIfBound(boundTo, optionName);
    }

    // LocalEndPoint throws ObjectDisposedException on a closed socket and is null until Bind or Connect.
    private static EndPoint? ReadLocalEndPoint(Socket socket) => socket.LocalEndPoint;

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

    private static void ThrowIfBound(EndPoint? boundTo, string optionName)
    {
        if (boundTo is not null)
        {
            throw new InvalidOperationException(
                $"{optionName} must be set before Bind or Connect: this socket is already bound to {boundTo}, and the option no longer affects its port (K7).");
        }
    }
}
