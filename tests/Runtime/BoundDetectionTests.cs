using System;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace BindNoPort.Tests.Runtime;

/// <summary>"Already bound" is the kernel's answer (getsockname), never Socket.LocalEndPoint, which guesses and caches.</summary>
public sealed class BoundDetectionTests
{
    public static TheoryData<string> EntryPoints => new() { "DeferPortToConnect", "BindForConnect", "SetLocalPortRange" };

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Unbound_socket_wrapped_from_a_handle_is_accepted(string entryPoint)
    {
        using Socket original = TestSockets.CreateTcp("IPv4");
        using Socket wrapped = new(new SafeSocketHandle(original.Handle, ownsHandle: false));
        // .NET takes the kernel's 0.0.0.0:0 for an address, so the wrapper looks bound.
        Assert.True(wrapped.IsBound);

        Invoke(entryPoint, wrapped);

        Assert.Equal(entryPoint == "BindForConnect" ? "127.0.0.1:0" : "0.0.0.0:0", KernelEndPoints.Local(original).ToString());
    }

    [Fact]
    public void Bound_socket_wrapped_from_a_handle_is_refused()
    {
        using Socket original = TestSockets.CreateTcp("IPv4");
        original.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        using Socket wrapped = new(new SafeSocketHandle(original.Handle, ownsHandle: false));

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => wrapped.BindForConnect(new IPEndPoint(IPAddress.Loopback, 0)));

        Assert.Contains($"127.0.0.1:{KernelEndPoints.LocalPort(original)}", error.Message);
    }

    [Fact]
    public void Refusing_a_deferred_socket_leaves_its_local_endpoint_to_connect()
    {
        TcpListener listener = TestSockets.StartListener(IPAddress.Loopback);
        try
        {
            using Socket socket = TestSockets.CreateTcp("IPv4");
            Assert.True(socket.BindForConnect(new IPEndPoint(IPAddress.Parse("127.0.0.3"), 0)));

            InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => socket.DeferPortToConnect());
            socket.Connect(TestSockets.EndPointOf(listener));

            Assert.DoesNotContain(":0", error.Message);
            Assert.Contains("127.0.0.3", error.Message);
            Assert.Equal(KernelEndPoints.Local(socket), socket.LocalEndPoint);
            Assert.NotEqual(0, TestSockets.LocalPort(socket));
        }
        finally
        {
            listener.Stop();
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
