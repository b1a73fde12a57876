using System;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace BindNoPort.Tests.Runtime;

public sealed class LocalPortRangeTests
{
    [Theory]
    [InlineData(0, 100, "lowPort")]
    [InlineData(-1, 100, "lowPort")]
    [InlineData(65536, 65536, "lowPort")]
    [InlineData(100, 0, "highPort")]
    [InlineData(100, 65536, "highPort")]
    [InlineData(200, 100, "lowPort")]
    public void Invalid_bounds_are_rejected(int lowPort, int highPort, string parameter)
    {
        using Socket socket = TestSockets.CreateTcp("IPv4");
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => socket.SetLocalPortRange(lowPort, highPort));
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(0, TestSockets.ReadOption(socket, TestSockets.LocalPortRange));
    }

    [Theory]
    [InlineData("IPv4")]
    [InlineData("IPv6")]
    [InlineData("DualMode")]
    public void Connect_picks_its_port_inside_the_socket_range(string family)
    {
        (int low, int high) = NarrowHostRange();
        IPAddress loopback = TestSockets.LoopbackOf(family);
        TcpListener listener = TestSockets.StartListener(loopback);
        try
        {
            using Socket socket = TestSockets.CreateTcp(family);

            Assert.True(socket.SetLocalPortRange(low, high));

            Assert.Equal((high << 16) | low, TestSockets.ReadOption(socket, TestSockets.LocalPortRange));
            socket.Connect(TestSockets.EndPointOf(listener));
            Assert.InRange(KernelEndPoints.LocalPort(socket), low, high);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Deferred_bind_picks_its_port_inside_the_socket_range_at_connect()
    {
        (int low, int high) = NarrowHostRange();
        TcpListener listener = TestSockets.StartListener(IPAddress.Loopback);
        try
        {
            using Socket socket = TestSockets.CreateTcp("IPv4");
            Assert.True(socket.SetLocalPortRange(low, high));

            Assert.True(socket.BindForConnect(new IPEndPoint(IPAddress.Parse("127.0.0.5"), 0)));
            Assert.Equal(0, KernelEndPoints.LocalPort(socket));
            socket.Connect(TestSockets.EndPointOf(listener));

            Assert.InRange(KernelEndPoints.LocalPort(socket), low, high);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Range_outside_the_host_range_is_reported_as_having_no_effect()
    {
        Assert.True(EphemeralPortRange.TryReadHost(out EphemeralPortRange host));
        Assert.True(host.Low > 1010);
        TcpListener listener = TestSockets.StartListener(IPAddress.Loopback);
        try
        {
            using Socket socket = TestSockets.CreateTcp("IPv4");

            Assert.False(socket.SetLocalPortRange(1001, 1010));

            socket.Connect(TestSockets.EndPointOf(listener));
            Assert.InRange(KernelEndPoints.LocalPort(socket), host.Low, host.High);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Udp_socket_takes_the_range_too()
    {
        (int low, int high) = NarrowHostRange();
        using Socket socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

        Assert.True(socket.SetLocalPortRange(low, high));

        socket.Connect(new IPEndPoint(IPAddress.Loopback, 9));
        Assert.InRange(KernelEndPoints.LocalPort(socket), low, high);
    }

    /// <summary>Ten ports in the middle of the host's range: few enough that a port inside them is no accident.</summary>
    internal static (int Low, int High) NarrowHostRange()
    {
        Assert.True(EphemeralPortRange.TryReadHost(out EphemeralPortRange host));
        Assert.True(host.Count >= 10);
        int low = host.Low + ((host.Count - 10) / 2);
        return (low, low + 9);
    }
}
