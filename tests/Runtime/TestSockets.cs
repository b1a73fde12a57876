using System;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace BindNoPort.Tests.Runtime;

/// <summary>Sockets and option reads shared by the runtime tests, independent of the product's own option code.</summary>
internal static class TestSockets
{
    internal static readonly int BindAddressNoPort = Tmds.Linux.LibC.IP_BIND_ADDRESS_NO_PORT;

    // Tmds.LibC 0.5.0 has no IP_LOCAL_PORT_RANGE (Linux 6.3, K11).
    internal const int LocalPortRange = 51;

    internal static Socket CreateTcp(string family) => family switch
    {
        "IPv4" => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp),
        "IPv6" => new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp) { DualMode = false },
        "DualMode" => CreateDualMode(),
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "IPv4, IPv6 or DualMode."),
    };

    internal static IPAddress LoopbackOf(string family) => family == "IPv4" ? IPAddress.Loopback : IPAddress.IPv6Loopback;

    /// <summary>getsockopt(fd, SOL_IP, name) through the framework, as a 32-bit integer.</summary>
    internal static int ReadOption(Socket socket, int name)
    {
        byte[] buffer = new byte[sizeof(int)];
        int length = socket.GetRawSocketOption(0, name, buffer);
        Assert.Equal(sizeof(int), length);
        return BitConverter.ToInt32(buffer);
    }

    internal static int LocalPort(Socket socket) => ((IPEndPoint)socket.LocalEndPoint!).Port;

    internal static TcpListener StartListener(IPAddress address)
    {
        TcpListener listener = new(address, 0);
        listener.Start();
        return listener;
    }

    internal static IPEndPoint EndPointOf(TcpListener listener) => (IPEndPoint)listener.LocalEndpoint;

    private static Socket CreateDualMode()
    {
        Socket socket = new(SocketType.Stream, ProtocolType.Tcp);
        Assert.True(socket.DualMode);
        return socket;
    }
}
