using System.Net;
using System.Net.Sockets;
using Tmds.Linux;
using Xunit;

namespace BindNoPort.Tests.Runtime;

/// <summary>The backends against a real kernel: what they set, and the refusals they hand back.</summary>
public sealed class SocketOptionBackendTests
{
    public static TheoryData<string> Families => new() { "IPv4", "IPv6", "DualMode" };

    [Fact]
    public void Option_numbers_are_those_of_Tmds_LibC()
    {
        Assert.Equal(LinuxSocketOptions.LevelIP, LibC.SOL_IP);
        Assert.Equal(LinuxSocketOptions.BindAddressNoPort, LibC.IP_BIND_ADDRESS_NO_PORT);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Libc_backend_sets_the_option_the_framework_reads_back(string family)
    {
        using Socket socket = TestSockets.CreateTcp(family);

        Assert.Null(LibcSocketOptionBackend.Instance.SetInt32(socket, 0, TestSockets.BindAddressNoPort, 1));

        Assert.Equal(1, TestSockets.ReadOption(socket, TestSockets.BindAddressNoPort));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Unknown_option_is_refused_as_unknown_with_ENOPROTOOPT(string family)
    {
        using Socket socket = TestSockets.CreateTcp(family);
        const int UnknownOption = 9999;

        SocketOptionRefusal? refusal = LibcSocketOptionBackend.Instance.SetInt32(socket, 0, UnknownOption, 1);

        Assert.NotNull(refusal);
        Assert.Equal(SocketOptionRefusalKind.UnknownOption, refusal.Kind);
        Assert.Equal(LibC.ENOPROTOOPT, refusal.Error.NativeErrorCode);
    }

    [Fact]
    public void Reversed_port_range_is_refused_as_an_invalid_value_with_EINVAL()
    {
        using Socket socket = TestSockets.CreateTcp("IPv4");

        SocketOptionRefusal? refusal = LibcSocketOptionBackend.Instance.SetInt32(socket, 0, TestSockets.LocalPortRange, LinuxSocketOptions.PackPortRange(40099, 40000));

        Assert.NotNull(refusal);
        Assert.Equal(SocketOptionRefusalKind.InvalidValue, refusal.Kind);
        Assert.Equal(LibC.EINVAL, refusal.Error.NativeErrorCode);
    }

    [Fact]
    public void Errno_the_framework_cannot_name_reaches_the_caller_unchanged()
    {
        // SO_BINDTODEVICE with the bytes of 1 names no device: ENODEV, which SetRawSocketOption reports as
        // "Unknown socket error" with NativeErrorCode -131074.
        using Socket socket = TestSockets.CreateTcp("IPv4");

        SocketOptionRefusal? refusal = LibcSocketOptionBackend.Instance.SetInt32(socket, LibC.SOL_SOCKET, LibC.SO_BINDTODEVICE, 1);

        Assert.NotNull(refusal);
        Assert.Equal(SocketOptionRefusalKind.Other, refusal.Kind);
        Assert.Equal(LibC.ENODEV, refusal.Error.NativeErrorCode);
        Assert.Equal("No such device", refusal.Error.Message);
    }

    [Fact]
    public void Framework_backend_hands_back_the_frameworks_own_exception()
    {
        // On Linux the framework refuses option numbers it does not map (N1): the refusal Windows would never see.
        using Socket socket = TestSockets.CreateTcp("IPv4");

        SocketOptionRefusal? refusal = FrameworkSocketOptionBackend.Instance.SetInt32(socket, 0, TestSockets.BindAddressNoPort, 1);

        Assert.NotNull(refusal);
        Assert.Equal(SocketOptionRefusalKind.NotSupported, refusal.Kind);
        Assert.Equal(SocketError.OperationNotSupported, refusal.Error.SocketErrorCode);
        Assert.Equal(0, TestSockets.ReadOption(socket, TestSockets.BindAddressNoPort));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Engine_over_the_libc_backend_defers_the_port(string family)
    {
        IPAddress loopback = TestSockets.LoopbackOf(family);
        TcpListener listener = TestSockets.StartListener(loopback);
        try
        {
            using Socket socket = TestSockets.CreateTcp(family);

            Assert.True(new PortDeferralEngine(LibcSocketOptionBackend.Instance, SocketPlatform.Linux).BindForConnect(socket, new IPEndPoint(loopback, 0)));

            Assert.Equal(0, KernelEndPoints.LocalPort(socket));
            socket.Connect(TestSockets.EndPointOf(listener));
            Assert.NotEqual(0, KernelEndPoints.LocalPort(socket));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Only_Linux_gets_the_libc_backend()
    {
        Assert.Same(LibcSocketOptionBackend.Instance, SocketOptionBackend.For(SocketPlatform.Linux));
        Assert.Same(FrameworkSocketOptionBackend.Instance, SocketOptionBackend.For(SocketPlatform.Windows));
        Assert.Same(FrameworkSocketOptionBackend.Instance, SocketOptionBackend.For(SocketPlatform.Other));
    }
}
