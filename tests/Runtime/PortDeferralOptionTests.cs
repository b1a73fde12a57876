using System;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace BindNoPort.Tests.Runtime;

public sealed class PortDeferralOptionTests
{
    public static TheoryData<string> Families => new() { "IPv4", "IPv6", "DualMode" };

    [Fact]
    public void Option_is_supported_on_this_linux_kernel()
    {
        Assert.Equal(SocketPlatform.Linux, SocketPlatforms.Host);
        Assert.True(PortDeferral.IsSupported);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void DeferPortToConnect_sets_the_option_at_level_sol_ip(string family)
    {
        using Socket socket = TestSockets.CreateTcp(family);
        Assert.Equal(0, TestSockets.ReadOption(socket, TestSockets.BindAddressNoPort));

        Assert.True(socket.DeferPortToConnect());

        Assert.Equal(1, TestSockets.ReadOption(socket, TestSockets.BindAddressNoPort));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void BindForConnect_with_port_zero_defers_the_port_until_connect(string family)
    {
        IPAddress loopback = TestSockets.LoopbackOf(family);
        TcpListener listener = TestSockets.StartListener(loopback);
        try
        {
            using Socket socket = TestSockets.CreateTcp(family);

            Assert.True(socket.BindForConnect(new IPEndPoint(loopback, 0)));

            Assert.Equal(1, TestSockets.ReadOption(socket, TestSockets.BindAddressNoPort));
            Assert.Equal(0, KernelEndPoints.LocalPort(socket));
            socket.Connect(TestSockets.EndPointOf(listener));
            Assert.NotEqual(0, KernelEndPoints.LocalPort(socket));
            Assert.Equal(KernelEndPoints.LocalPort(socket), TestSockets.LocalPort(socket));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Plain_bind_with_port_zero_reserves_a_port_at_once()
    {
        // The control for the test above: without the option the kernel reports the reserved port right after bind (K1).
        using Socket socket = TestSockets.CreateTcp("IPv4");
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Assert.NotEqual(0, KernelEndPoints.LocalPort(socket));
    }

    [Fact]
    public void LocalEndPoint_read_before_connect_keeps_reporting_port_zero_after_it()
    {
        // Why the runtime's docs say to read LocalEndPoint only after Connect: .NET caches the port-0 answer.
        TcpListener listener = TestSockets.StartListener(IPAddress.Loopback);
        try
        {
            using Socket socket = TestSockets.CreateTcp("IPv4");
            Assert.True(socket.BindForConnect(new IPEndPoint(IPAddress.Loopback, 0)));
            Assert.Equal(0, TestSockets.LocalPort(socket));

            socket.Connect(TestSockets.EndPointOf(listener));

            Assert.NotEqual(0, KernelEndPoints.LocalPort(socket));
            Assert.Equal(0, TestSockets.LocalPort(socket));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void BindForConnect_with_an_explicit_port_binds_it_without_claiming_deferral()
    {
        int freePort = FindFreePort();
        using Socket socket = TestSockets.CreateTcp("IPv4");

        Assert.False(socket.BindForConnect(new IPEndPoint(IPAddress.Loopback, freePort)));

        Assert.Equal(0, TestSockets.ReadOption(socket, TestSockets.BindAddressNoPort));
        Assert.Equal(freePort, TestSockets.LocalPort(socket));
    }

    [Fact]
    public void BindForConnect_surfaces_a_failed_bind_as_bind_does()
    {
        TcpListener listener = TestSockets.StartListener(IPAddress.Loopback);
        try
        {
            using Socket socket = TestSockets.CreateTcp("IPv4");
            SocketException error = Assert.Throws<SocketException>(() => socket.BindForConnect(TestSockets.EndPointOf(listener)));
            Assert.Equal(SocketError.AddressAlreadyInUse, error.SocketErrorCode);
        }
        finally
        {
            listener.Stop();
        }
    }

    private static int FindFreePort()
    {
        using Socket probe = TestSockets.CreateTcp("IPv4");
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return TestSockets.LocalPort(probe);
    }
}
