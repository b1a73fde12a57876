using System;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace BindNoPort.Tests.Runtime;

public sealed class BoundTcpClientTests
{
    [Fact]
    public void Client_is_bound_to_the_address_but_holds_no_port_until_connect()
    {
        IPAddress source = IPAddress.Parse("127.0.0.4");
        TcpListener listener = TestSockets.StartListener(IPAddress.Loopback);
        try
        {
            using TcpClient client = BoundTcpClient.Create(new IPEndPoint(source, 0));

            Assert.True(client.Client.IsBound);
            Assert.Equal(1, TestSockets.ReadOption(client.Client, TestSockets.BindAddressNoPort));
            Assert.Equal(0, KernelEndPoints.LocalPort(client.Client));

            client.Connect(TestSockets.EndPointOf(listener));
            using Socket accepted = listener.AcceptSocket();

            IPEndPoint local = (IPEndPoint)client.Client.LocalEndPoint!;
            Assert.Equal(source, local.Address);
            Assert.NotEqual(0, local.Port);
            Assert.Equal(local, accepted.RemoteEndPoint);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void TcpClient_constructor_reserves_the_port_at_once()
    {
        // The control for the test above (N3): the kernel names a port before any connect.
        using TcpClient client = new(new IPEndPoint(IPAddress.Parse("127.0.0.4"), 0));
        Assert.NotEqual(0, KernelEndPoints.LocalPort(client.Client));
    }

    [Fact]
    public void IPv6_endpoint_gives_an_IPv6_client_with_the_option_set()
    {
        TcpListener listener = TestSockets.StartListener(IPAddress.IPv6Loopback);
        try
        {
            using TcpClient client = BoundTcpClient.Create(new IPEndPoint(IPAddress.IPv6Loopback, 0));

            Assert.Equal(AddressFamily.InterNetworkV6, client.Client.AddressFamily);
            Assert.Equal(1, TestSockets.ReadOption(client.Client, TestSockets.BindAddressNoPort));
            Assert.Equal(0, KernelEndPoints.LocalPort(client.Client));
            client.Connect(TestSockets.EndPointOf(listener));
            Assert.NotEqual(0, KernelEndPoints.LocalPort(client.Client));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Explicit_port_is_bound_as_given()
    {
        int port;
        using (Socket probe = TestSockets.CreateTcp("IPv4"))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = TestSockets.LocalPort(probe);
        }

        using TcpClient client = BoundTcpClient.Create(new IPEndPoint(IPAddress.Loopback, port));

        Assert.Equal(port, KernelEndPoints.LocalPort(client.Client));
        Assert.Equal(0, TestSockets.ReadOption(client.Client, TestSockets.BindAddressNoPort));
    }

    [Fact]
    public void IPv4_mapped_endpoint_gives_an_IPv4_client_as_HttpEgress_does()
    {
        TcpListener listener = TestSockets.StartListener(IPAddress.Loopback);
        try
        {
            IPAddress mapped = IPAddress.Parse("127.0.0.9").MapToIPv6();
            using TcpClient client = BoundTcpClient.Create(new IPEndPoint(mapped, 0));

            Assert.Equal(AddressFamily.InterNetwork, client.Client.AddressFamily);
            Assert.Equal(1, TestSockets.ReadOption(client.Client, TestSockets.BindAddressNoPort));
            client.Connect(TestSockets.EndPointOf(listener));
            Assert.Equal(IPAddress.Parse("127.0.0.9"), ((IPEndPoint)client.Client.LocalEndPoint!).Address);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Null_endpoint_is_rejected()
    {
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => BoundTcpClient.Create(null!));
        Assert.Equal("localEndPoint", error.ParamName);
    }
}
