using System.Net;
using System.Net.Sockets;
using Xunit;

namespace BindNoPort.Tests.Runtime;

/// <summary>The raw-option backend (net8.0 build) and the libc backend (netstandard2.0 build) must agree on everything.</summary>
public sealed class SocketOptionBackendTests
{
    public static TheoryData<string, string> FamiliesAndWriters => new()
    {
        { "IPv4", "raw" }, { "IPv6", "raw" }, { "DualMode", "raw" },
        { "IPv4", "libc" }, { "IPv6", "libc" }, { "DualMode", "libc" },
    };

    public static TheoryData<string> Families => new() { "IPv4", "IPv6", "DualMode" };

    [Theory]
    [MemberData(nameof(FamiliesAndWriters))]
    public void What_one_backend_writes_both_read_back(string family, string writer)
    {
        using Socket socket = TestSockets.CreateTcp(family);

        Assert.Equal(SocketError.Success, Backend(writer).SetInt32(socket, 0, TestSockets.BindAddressNoPort, 1));

        Assert.Equal(SocketError.Success, RawSocketOptionBackend.Instance.GetInt32(socket, 0, TestSockets.BindAddressNoPort, out int rawValue));
        Assert.Equal(SocketError.Success, LibcSocketOptionBackend.Instance.GetInt32(socket, 0, TestSockets.BindAddressNoPort, out int libcValue));
        Assert.Equal(1, rawValue);
        Assert.Equal(1, libcValue);
        Assert.Equal(1, TestSockets.ReadOption(socket, TestSockets.BindAddressNoPort));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Both_backends_report_an_unknown_option_as_ENOPROTOOPT(string family)
    {
        using Socket socket = TestSockets.CreateTcp(family);
        const int UnknownOption = 9999;

        Assert.Equal(SocketError.ProtocolOption, RawSocketOptionBackend.Instance.SetInt32(socket, 0, UnknownOption, 1));
        Assert.Equal(SocketError.ProtocolOption, LibcSocketOptionBackend.Instance.SetInt32(socket, 0, UnknownOption, 1));
        Assert.Equal(SocketError.ProtocolOption, RawSocketOptionBackend.Instance.GetInt32(socket, 0, UnknownOption, out _));
        Assert.Equal(SocketError.ProtocolOption, LibcSocketOptionBackend.Instance.GetInt32(socket, 0, UnknownOption, out _));
    }

    [Fact]
    public void Both_backends_report_a_reversed_port_range_as_EINVAL()
    {
        using Socket socket = TestSockets.CreateTcp("IPv4");
        int reversed = LinuxSocketOptions.PackPortRange(40099, 40000);

        Assert.Equal(SocketError.InvalidArgument, RawSocketOptionBackend.Instance.SetInt32(socket, 0, TestSockets.LocalPortRange, reversed));
        Assert.Equal(SocketError.InvalidArgument, LibcSocketOptionBackend.Instance.SetInt32(socket, 0, TestSockets.LocalPortRange, reversed));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Engines_over_either_backend_defer_the_port_alike(string family)
    {
        IPAddress loopback = TestSockets.LoopbackOf(family);
        TcpListener listener = TestSockets.StartListener(loopback);
        try
        {
            using Socket viaRaw = TestSockets.CreateTcp(family);
            using Socket viaLibc = TestSockets.CreateTcp(family);

            bool rawDeferred = Engine("raw").BindForConnect(viaRaw, new IPEndPoint(loopback, 0));
            bool libcDeferred = Engine("libc").BindForConnect(viaLibc, new IPEndPoint(loopback, 0));

            Assert.True(rawDeferred);
            Assert.True(libcDeferred);
            Assert.Equal(0, KernelEndPoints.LocalPort(viaRaw));
            Assert.Equal(0, KernelEndPoints.LocalPort(viaLibc));
            viaRaw.Connect(TestSockets.EndPointOf(listener));
            viaLibc.Connect(TestSockets.EndPointOf(listener));
            Assert.NotEqual(0, KernelEndPoints.LocalPort(viaRaw));
            Assert.NotEqual(0, KernelEndPoints.LocalPort(viaLibc));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Engines_over_either_backend_set_the_same_port_range()
    {
        using Socket viaRaw = TestSockets.CreateTcp("IPv4");
        using Socket viaLibc = TestSockets.CreateTcp("IPv4");

        Assert.True(Engine("raw").SetLocalPortRange(viaRaw, 40000, 40099));
        Assert.True(Engine("libc").SetLocalPortRange(viaLibc, 40000, 40099));

        int expected = (40099 << 16) | 40000;
        Assert.Equal(expected, TestSockets.ReadOption(viaRaw, TestSockets.LocalPortRange));
        Assert.Equal(expected, TestSockets.ReadOption(viaLibc, TestSockets.LocalPortRange));
    }

    [Fact]
    public void Libc_errno_maps_to_the_socket_errors_the_runtime_reports()
    {
        Assert.Equal(SocketError.InvalidArgument, LibcSocketOptionBackend.ToSocketError(22));
        Assert.Equal(SocketError.ProtocolOption, LibcSocketOptionBackend.ToSocketError(92));
        Assert.Equal(SocketError.OperationNotSupported, LibcSocketOptionBackend.ToSocketError(95));
        Assert.Equal(SocketError.SocketError, LibcSocketOptionBackend.ToSocketError(4095));
    }

    private static SocketOptionBackend Backend(string name) =>
        name == "raw" ? RawSocketOptionBackend.Instance : LibcSocketOptionBackend.Instance;

    private static PortDeferralEngine Engine(string backend) => new(Backend(backend), SocketPlatform.Linux);
}
