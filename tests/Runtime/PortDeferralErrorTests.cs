using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace BindNoPort.Tests.Runtime;

public sealed class PortDeferralErrorTests
{
    private static readonly string[] AllEntryPoints = ["DeferPortToConnect", "BindForConnect", "SetLocalPortRange"];

    public static TheoryData<string> EntryPoints => new(AllEntryPoints);

    public static TheoryData<string> DeferringEntryPoints => new() { "DeferPortToConnect", "BindForConnect" };

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Null_socket_is_rejected(string entryPoint)
    {
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => Invoke(entryPoint, null!));
        Assert.Equal("socket", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Disposed_socket_is_rejected(string entryPoint)
    {
        Socket socket = TestSockets.CreateTcp("IPv4");
        socket.Dispose();
        Assert.Throws<ObjectDisposedException>(() => Invoke(entryPoint, socket));
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Bound_socket_is_rejected_because_the_option_must_come_before_bind(string entryPoint)
    {
        using Socket socket = TestSockets.CreateTcp("IPv4");
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Invoke(entryPoint, socket));
        Assert.Contains("before Bind", error.Message);
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Connected_socket_is_rejected_as_already_bound(string entryPoint)
    {
        TcpListener listener = TestSockets.StartListener(IPAddress.Loopback);
        try
        {
            using Socket socket = TestSockets.CreateTcp("IPv4");
            socket.Connect(TestSockets.EndPointOf(listener));
            Assert.Throws<InvalidOperationException>(() => Invoke(entryPoint, socket));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Theory]
    [MemberData(nameof(DeferringEntryPoints))]
    public void Udp_socket_is_rejected_because_the_option_cannot_share_its_port(string entryPoint)
    {
        using Socket socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        ArgumentException error = Assert.Throws<ArgumentException>(() => Invoke(entryPoint, socket));
        Assert.Equal("socket", error.ParamName);
        Assert.Contains("cannot help a UDP socket", error.Message);
        Assert.False(socket.IsBound);
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Unix_domain_socket_is_rejected(string entryPoint)
    {
        using Socket socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        ArgumentException error = Assert.Throws<ArgumentException>(() => Invoke(entryPoint, socket));
        Assert.Equal("socket", error.ParamName);
        Assert.Contains("cannot help a Unix-domain socket", error.Message);
    }

    [Fact]
    public void Unix_domain_endpoint_on_a_unix_socket_is_rejected_before_binding()
    {
        string path = Path.Combine(Path.GetTempPath(), $"bindnoport-{Guid.NewGuid():N}.sock");
        using Socket socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        Assert.Throws<ArgumentException>(() => socket.BindForConnect(new UnixDomainSocketEndPoint(path)));
        Assert.False(socket.IsBound);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Endpoint_without_a_port_to_defer_is_rejected_before_binding()
    {
        using Socket socket = TestSockets.CreateTcp("IPv4");
        ArgumentException error = Assert.Throws<ArgumentException>(() => socket.BindForConnect(new DnsEndPoint("localhost", 0)));
        Assert.Equal("localEndPoint", error.ParamName);
        Assert.False(socket.IsBound);
    }

    [Fact]
    public void Null_endpoint_is_rejected()
    {
        using Socket socket = TestSockets.CreateTcp("IPv4");
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => socket.BindForConnect(null!));
        Assert.Equal("localEndPoint", error.ParamName);
    }

    [RawSocketFact]
    public void Raw_socket_is_rejected_by_every_entry_point()
    {
        foreach (string entryPoint in AllEntryPoints)
        {
            using Socket socket = RawSocketFactAttribute.CreateRawSocket();
            ArgumentException error = Assert.Throws<ArgumentException>(() => Invoke(entryPoint, socket));
            Assert.Contains("cannot help a raw socket", error.Message);
        }
    }

    private static bool Invoke(string entryPoint, Socket socket) => entryPoint switch
    {
        "DeferPortToConnect" => socket.DeferPortToConnect(),
        "BindForConnect" => socket.BindForConnect(new IPEndPoint(IPAddress.Loopback, 0)),
        "SetLocalPortRange" => socket.SetLocalPortRange(40000, 40099),
        _ => throw new ArgumentOutOfRangeException(nameof(entryPoint), entryPoint, "Unknown entry point."),
    };
}
