using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Tmds.Linux;
using Xunit;

namespace BindNoPort.Tests.Runtime;

public sealed class RefusalMemoryTests
{
    private const int SolIp = 0;

    // Names of SocketOptionRefusalKind and SocketPlatform: a public theory cannot take an internal type.
    public static TheoryData<string> UnsupportedAnswers => new()
    {
        nameof(SocketOptionRefusalKind.UnknownOption), // ENOPROTOOPT
        nameof(SocketOptionRefusalKind.NotSupported),  // EOPNOTSUPP
        nameof(SocketOptionRefusalKind.InvalidValue),  // EINVAL
    };

    public static TheoryData<string> DeferringPlatforms => new() { nameof(SocketPlatform.Linux), nameof(SocketPlatform.Windows) };

    [Theory]
    [MemberData(nameof(UnsupportedAnswers))]
    public void Unsupported_answer_is_remembered_and_the_kernel_is_not_asked_again(string answer)
    {
        ScriptedSocketOptionBackend backend = RefusingDeferral(Enum.Parse<SocketOptionRefusalKind>(answer), LibC.ENOPROTOOPT);
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
        ScriptedSocketOptionBackend backend = RefusingDeferral(SocketOptionRefusalKind.UnknownOption, LibC.ENOPROTOOPT);
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
    public void Other_kernel_error_surfaces_as_the_kernel_gave_it_and_is_not_remembered()
    {
        ScriptedSocketOptionBackend backend = RefusingDeferral(SocketOptionRefusalKind.Other, LibC.EPERM);
        PortDeferralEngine engine = new(backend, SocketPlatform.Linux);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        SocketException error = Assert.Throws<SocketException>(() => engine.DeferPortToConnect(socket));

        // EPERM itself, not the EACCES that SocketError.AccessDenied would turn it into.
        Assert.Equal(LibC.EPERM, error.NativeErrorCode);
        Assert.Equal("Operation not permitted", error.Message);
        Assert.True(engine.IsSupported);
        Assert.Throws<SocketException>(() => engine.DeferPortToConnect(socket));
        Assert.Equal(2, backend.SetCalls);
    }

    [Fact]
    public void Other_kernel_error_does_not_cost_BindForConnect_its_bind()
    {
        ScriptedSocketOptionBackend backend = RefusingDeferral(SocketOptionRefusalKind.Other, LibC.ENOBUFS);
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
            .Refuse(SolIp, TestSockets.LocalPortRange, SocketOptionRefusalKind.UnknownOption, LibC.ENOPROTOOPT);
        PortDeferralEngine engine = new(backend, SocketPlatform.Linux);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        (int low, int high) = LocalPortRangeTests.NarrowHostRange();
        Assert.False(engine.SetLocalPortRange(socket, low, high));
        Assert.False(engine.SetLocalPortRange(socket, low, high));

        Assert.False(engine.IsLocalPortRangeSupported);
        Assert.True(engine.IsSupported);
        Assert.True(engine.DeferPortToConnect(socket));
        Assert.Equal(2, backend.SetCalls);
    }

    [Fact]
    public void Deferral_refusal_leaves_the_port_range_option_alone()
    {
        ScriptedSocketOptionBackend backend = RefusingDeferral(SocketOptionRefusalKind.UnknownOption, LibC.ENOPROTOOPT);
        PortDeferralEngine engine = new(backend, SocketPlatform.Linux);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        Assert.False(engine.DeferPortToConnect(socket));

        Assert.True(engine.IsLocalPortRangeSupported);
        (int low, int high) = LocalPortRangeTests.NarrowHostRange();
        Assert.True(engine.SetLocalPortRange(socket, low, high));
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

    [Theory]
    [MemberData(nameof(UnsupportedAnswers))]
    public void Windows_path_remembers_only_an_unsupported_reuse_unicast_port(string answer)
    {
        ScriptedSocketOptionBackend backend = new ScriptedSocketOptionBackend()
            .Refuse(WindowsSocketOptions.LevelSocket, WindowsSocketOptions.ReuseUnicastPort, Enum.Parse<SocketOptionRefusalKind>(answer), (int)SocketError.ProtocolOption);
        PortDeferralEngine engine = new(backend, SocketPlatform.Windows);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        Assert.False(engine.DeferPortToConnect(socket));
        Assert.False(engine.DeferPortToConnect(socket));

        Assert.False(engine.IsSupported);
        Assert.False(engine.IsLocalPortRangeSupported);
        Assert.Equal(1, backend.CallsOf(WindowsSocketOptions.LevelSocket, WindowsSocketOptions.ReuseUnicastPort));
        Assert.Equal(1, backend.SetCalls);
    }

    [Fact]
    public void Windows_path_surfaces_any_other_error_and_asks_again()
    {
        // Before, any SocketException from SO_REUSE_UNICASTPORT was taken for "unsupported" and remembered.
        ScriptedSocketOptionBackend backend = new ScriptedSocketOptionBackend()
            .Refuse(WindowsSocketOptions.LevelSocket, WindowsSocketOptions.ReuseUnicastPort, SocketOptionRefusalKind.Other, (int)SocketError.NoBufferSpaceAvailable);
        PortDeferralEngine engine = new(backend, SocketPlatform.Windows);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        SocketException error = Assert.Throws<SocketException>(() => engine.DeferPortToConnect(socket));
        Assert.False(engine.BindForConnect(socket, new IPEndPoint(IPAddress.Loopback, 0)));

        Assert.Equal(SocketError.NoBufferSpaceAvailable, error.SocketErrorCode);
        Assert.True(engine.IsSupported);
        Assert.Equal(2, backend.CallsOf(WindowsSocketOptions.LevelSocket, WindowsSocketOptions.ReuseUnicastPort));
    }

    [Theory]
    [MemberData(nameof(DeferringPlatforms))]
    public void Each_platform_sets_its_own_option(string platformName)
    {
        SocketPlatform platform = Enum.Parse<SocketPlatform>(platformName);
        ScriptedSocketOptionBackend backend = new();
        PortDeferralEngine engine = new(backend, platform);
        using Socket socket = TestSockets.CreateTcp("IPv4");

        Assert.True(engine.DeferPortToConnect(socket));

        Assert.Equal(platform == SocketPlatform.Linux ? 1 : 0, backend.CallsOf(SolIp, TestSockets.BindAddressNoPort));
        Assert.Equal(platform == SocketPlatform.Windows ? 1 : 0, backend.CallsOf(WindowsSocketOptions.LevelSocket, WindowsSocketOptions.ReuseUnicastPort));
    }

    [Fact]
    public void Default_engine_remembers_nothing_on_this_kernel()
    {
        using Socket socket = TestSockets.CreateTcp("IPv4");
        Assert.True(socket.DeferPortToConnect());
        Assert.Same(PortDeferralEngine.Default, PortDeferralEngine.Default);
        Assert.True(PortDeferralEngine.Default.IsSupported);
        Assert.True(PortDeferralEngine.Default.IsLocalPortRangeSupported);
        Assert.IsType<LibcSocketOptionBackend>(PortDeferralEngine.Default.Backend);
    }

    private static ScriptedSocketOptionBackend RefusingDeferral(SocketOptionRefusalKind kind, int errno) =>
        new ScriptedSocketOptionBackend().Refuse(SolIp, TestSockets.BindAddressNoPort, kind, errno);
}
