using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Xunit;

namespace BindNoPort.Tests.Runtime;

public sealed class RefusalMemoryTests
{
    public static TheoryData<SocketError> UnsupportedAnswers => new()
    {
        SocketError.ProtocolOption,        // ENOPROTOOPT
        SocketError.OperationNotSupported, // EOPNOTSUPP
        SocketError.InvalidArgument,       // EINVAL
    };

    [Theory]
    [MemberData(nameof(UnsupportedAnswers))]
    public void Unsupported_answer_is_remembered_and_the_kernel_is_not_asked_again(SocketError answer)
    {
        ScriptedSocketOptionBackend backend = new ScriptedSocketOptionBackend().Answer(TestSockets.BindAddressNoPort, answer);
        PortDeferralEngine engine = new(backend, SocketPlatform.Linux);
        Assert.True(engine.IsSupported);

        using (Socket first = TestSockets.CreateTcp("IPv4"))
        {
            Assert.False(engine.DeferPortToConnect(first));
        }

        Assert.False(engine.IsSupported);
        using Socket second = TestSockets.CreateTcp("IPv4");
        Assert.False(engine.DeferPortToConnect(second));
        Assert.False(engine.BindForConnect(second, new IPEndPoint(IPAddress.Loopback, 0)));
        Assert.Equal(1, backend.SetCalls);
        Assert.True(second.IsBound);
    }

    [Fact]
    public async Task Refusal_remembered_on_one_thread_is_seen_by_all()
    {
        ScriptedSocketOptionBackend backend = new ScriptedSocketOptionBackend()
            .Answer(TestSockets.BindAddressNoPort, SocketError.ProtocolOption);
        PortDeferralEngine engine = new(backend, SocketPlatform.Linux);
        using (Socket first = TestSockets.CreateTcp("IPv4"))
        {
            engine.DeferPortToConnect(first);
        }

        bool[] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            using Socket socket = TestSockets.CreateTcp("IPv4");
            return engine.DeferPortToConnect(socket);
        })));

        Assert.All(results, Assert.False);
        Assert.Equal(1, backend.SetCalls);
    }

    [Fact]
    public void Other_kernel_error_surfaces_and_is_not_remembered()
    {
        ScriptedSocketOptionBackend backend = new ScriptedSocketOptionBackend()
            .Answer(TestSockets.BindAddressNoPort, SocketError.AccessDenied);
        PortDeferralEngine engine = new(backend, SocketPlatform.Linux);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        SocketException error = Assert.Throws<SocketException>(() => engine.DeferPortToConnect(socket));

        Assert.Equal(SocketError.AccessDenied, error.SocketErrorCode);
        Assert.True(engine.IsSupported);
        Assert.Throws<SocketException>(() => engine.DeferPortToConnect(socket));
        Assert.Equal(2, backend.SetCalls);
    }

    [Fact]
    public void Other_kernel_error_does_not_cost_BindForConnect_its_bind()
    {
        ScriptedSocketOptionBackend backend = new ScriptedSocketOptionBackend()
            .Answer(TestSockets.BindAddressNoPort, SocketError.AccessDenied);
        PortDeferralEngine engine = new(backend, SocketPlatform.Linux);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        Assert.False(engine.BindForConnect(socket, new IPEndPoint(IPAddress.Loopback, 0)));

        Assert.True(socket.IsBound);
        Assert.NotEqual(0, KernelEndPoints.LocalPort(socket));
        Assert.True(engine.IsSupported);
    }

    [Fact]
    public void Port_range_refusal_is_remembered_apart_from_the_deferral_option()
    {
        ScriptedSocketOptionBackend backend = new ScriptedSocketOptionBackend()
            .Answer(TestSockets.LocalPortRange, SocketError.ProtocolOption);
        PortDeferralEngine engine = new(backend, SocketPlatform.Linux);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        Assert.False(engine.SetLocalPortRange(socket, 40000, 40099));
        Assert.False(engine.SetLocalPortRange(socket, 40000, 40099));

        Assert.False(engine.IsLocalPortRangeSupported);
        Assert.True(engine.IsSupported);
        Assert.True(engine.DeferPortToConnect(socket));
        Assert.Equal(2, backend.SetCalls);
    }

    [Fact]
    public void Deferral_refusal_leaves_the_port_range_option_alone()
    {
        ScriptedSocketOptionBackend backend = new ScriptedSocketOptionBackend()
            .Answer(TestSockets.BindAddressNoPort, SocketError.ProtocolOption);
        PortDeferralEngine engine = new(backend, SocketPlatform.Linux);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        Assert.False(engine.DeferPortToConnect(socket));

        Assert.True(engine.IsLocalPortRangeSupported);
        Assert.True(engine.SetLocalPortRange(socket, 40000, 40099));
    }

    [Fact]
    public void Other_platforms_bind_without_any_option_call()
    {
        ScriptedSocketOptionBackend backend = new();
        PortDeferralEngine engine = new(backend, SocketPlatform.Other);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        Assert.False(engine.IsSupported);
        Assert.False(engine.IsLocalPortRangeSupported);
        Assert.False(engine.DeferPortToConnect(socket));
        Assert.False(engine.SetLocalPortRange(socket, 40000, 40099));
        Assert.False(engine.BindForConnect(socket, new IPEndPoint(IPAddress.Loopback, 0)));

        Assert.True(socket.IsBound);
        Assert.Equal(0, backend.SetCalls);
        Assert.Throws<InvalidOperationException>(() => engine.DeferPortToConnect(socket));
    }

    [Fact]
    public void Windows_path_treats_a_refused_reuse_unicast_port_as_unsupported()
    {
        // SO_REUSE_UNICASTPORT is refused outside Windows (N5): a real refusal for the Windows path to remember.
        ScriptedSocketOptionBackend backend = new();
        PortDeferralEngine engine = new(backend, SocketPlatform.Windows);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        Assert.False(engine.DeferPortToConnect(socket));

        Assert.False(engine.IsSupported);
        Assert.False(engine.IsLocalPortRangeSupported);
        Assert.Equal(0, backend.SetCalls);
    }

    [Fact]
    public void Default_engine_remembers_nothing_on_this_kernel()
    {
        using Socket socket = TestSockets.CreateTcp("IPv4");
        Assert.True(socket.DeferPortToConnect());
        Assert.Same(PortDeferralEngine.Default, PortDeferralEngine.Default);
        Assert.True(PortDeferralEngine.Default.IsSupported);
        Assert.True(PortDeferralEngine.Default.IsLocalPortRangeSupported);
        Assert.IsType<RawSocketOptionBackend>(PortDeferralEngine.Default.Backend);
    }
}
