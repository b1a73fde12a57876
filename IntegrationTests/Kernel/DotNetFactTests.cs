using System;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Tmds.Linux;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>Facts N1-N3 about .NET's socket API on Linux, and the SO_REUSEADDR that Socket.Bind adds.</summary>
public sealed class DotNetFactTests
{
    [NamespaceFact]
    public async Task N1_SetSocketOptionWithOption24ThrowsOperationNotSupported()
    {
        var result = await NamespaceRunner.RunScenarioAsync(SetSocketOptionTheNaturalWay, QuizTests.OnePort);

        Assert.Equal(nameof(SocketError.OperationNotSupported), result.Text("socketError"));
        Assert.Equal("Operation not supported", result.Text("message"));
        Assert.Equal(0, result.Int("optionAfterwards"));
    }

    [NamespaceFact]
    public async Task N2_SetRawSocketOptionSetsTheOptionAndGetRawSocketOptionReadsItBack()
    {
        var result = await NamespaceRunner.RunScenarioAsync(SetRawSocketOption, QuizTests.OnePort);

        Assert.Equal(0, result.Int("ipv4Before"));
        Assert.Equal(1, result.Int("ipv4After"));
        Assert.Equal(0, result.Int("ipv6Before"));
        Assert.Equal(1, result.Int("ipv6After"));
    }

    [NamespaceTheory]
    [InlineData(1, 13, "Permission denied")]              // EPERM comes back as EACCES
    [InlineData(105, 105, "No buffer space available")]   // ENOBUFS survives
    [InlineData(19, -131074, "Unknown socket error")]     // ENODEV has no SocketError at all
    public async Task SetRawSocketOptionLosesSomeErrnosThatLibcKeeps(int errno, int nativeErrorCode, string message)
    {
        var setup = QuizTests.OnePort with { RefuseBindAddressNoPortWith = errno };
        var result = await NamespaceRunner.RunScenarioAsync(SetTheOptionBothWays, setup);

        Assert.Equal(nativeErrorCode, result.Int("raw.nativeErrorCode"));
        Assert.Equal(message, result.Text("raw.message"));
        Assert.Equal(errno, result.Int("libc.nativeErrorCode"));
    }

    [NamespaceFact]
    public async Task N3_TcpClientWithLocalEndPointBindsInItsConstructor()
    {
        var result = await NamespaceRunner.RunScenarioAsync(ConstructTcpClient, QuizTests.OnePort);

        Assert.Equal("127.1.1.1:60000", result.Text("boundBeforeConnect"));
        Assert.Equal("EADDRNOTAVAIL", result.Text("plainConnectMeanwhile.failure.errno"));
        Assert.Equal("127.1.1.1:60000", result.Text("afterConnect"));
    }

    [NamespaceFact]
    public async Task SocketBind_SetsSoReuseAddrOnTcpSockets_SoQuiz6SucceedsUnasked()
    {
        var result = await NamespaceRunner.RunScenarioAsync(BindWithProtocolTcp, QuizTests.OnePort);

        Assert.Equal(0, result.Int("tcpBeforeBind"));
        Assert.Equal(1, result.Int("tcpAfterBind"));
        Assert.Equal(0, result.Int("unspecifiedAfterBind"));
        Assert.Equal("127.0.0.1:60000", result.Text("s1.local"));
        Assert.Equal("127.0.0.1:60000", result.Text("s2.local"));
    }

    internal static JsonObject SetSocketOptionTheNaturalWay(ScenarioContext context)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var result = new JsonObject();
        try
        {
            socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)RawTcp.IpBindAddressNoPort, true);
            result["socketError"] = null;
        }
        catch (SocketException exception)
        {
            result["socketError"] = exception.SocketErrorCode.ToString();
            result["message"] = exception.Message;
        }

        result["optionAfterwards"] = ReadInt(socket, RawTcp.SolIp, RawTcp.IpBindAddressNoPort);
        return result;
    }

    internal static JsonObject SetRawSocketOption(ScenarioContext context)
    {
        using var ipv4 = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var ipv6 = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
        var result = new JsonObject
        {
            ["ipv4Before"] = ReadInt(ipv4, RawTcp.SolIp, RawTcp.IpBindAddressNoPort),
            ["ipv6Before"] = ReadInt(ipv6, RawTcp.SolIp, RawTcp.IpBindAddressNoPort),
        };
        ipv4.SetRawSocketOption(RawTcp.SolIp, RawTcp.IpBindAddressNoPort, BitConverter.GetBytes(1));
        ipv6.SetRawSocketOption(RawTcp.SolIp, RawTcp.IpBindAddressNoPort, BitConverter.GetBytes(1));
        result["ipv4After"] = ReadInt(ipv4, RawTcp.SolIp, RawTcp.IpBindAddressNoPort);
        result["ipv6After"] = ReadInt(ipv6, RawTcp.SolIp, RawTcp.IpBindAddressNoPort);
        return result;
    }

    internal static JsonObject ConstructTcpClient(ScenarioContext context)
    {
        var client = context.Hold(new TcpClient(new IPEndPoint(IPAddress.Parse("127.1.1.1"), 0)));
        var result = new JsonObject
        {
            ["boundBeforeConnect"] = client.Client.LocalEndPoint?.ToString(),
            ["plainConnectMeanwhile"] = RawTcp.Describe(() => RawTcp.Open(null, RawTcp.At("127.9.9.9", 1234)), context),
        };
        client.Connect(RawTcp.At("127.9.9.9", 1234));
        result["afterConnect"] = client.Client.LocalEndPoint?.ToString();
        return result;
    }

    /// <summary>The option once through SetRawSocketOption and once through libc, while the kernel refuses it.</summary>
    internal static JsonObject SetTheOptionBothWays(ScenarioContext context)
    {
        static JsonObject Refusal(Action call)
        {
            try
            {
                call();
                return new JsonObject { ["nativeErrorCode"] = 0 };
            }
            catch (SocketException exception)
            {
                return new JsonObject { ["nativeErrorCode"] = exception.NativeErrorCode, ["message"] = exception.Message };
            }
        }

        using var framework = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var libc = LibcSocket.Tcp();
        return new JsonObject
        {
            ["raw"] = Refusal(() => framework.SetRawSocketOption(RawTcp.SolIp, RawTcp.IpBindAddressNoPort, BitConverter.GetBytes(1))),
            ["libc"] = Refusal(() => libc.SetOption(RawTcp.SolIp, RawTcp.IpBindAddressNoPort, 1)),
        };
    }

    internal static JsonObject BindWithProtocolTcp(ScenarioContext context)
    {
        using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var unspecified = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Unspecified);
        var result = new JsonObject { ["tcpBeforeBind"] = ReadInt(tcp, LibC.SOL_SOCKET, LibC.SO_REUSEADDR) };
        tcp.Bind(RawTcp.At("127.3.3.3", 0));
        unspecified.Bind(RawTcp.At("127.4.4.4", 0));
        result["tcpAfterBind"] = ReadInt(tcp, LibC.SOL_SOCKET, LibC.SO_REUSEADDR);
        result["unspecifiedAfterBind"] = ReadInt(unspecified, LibC.SOL_SOCKET, LibC.SO_REUSEADDR);

        // Quiz 6 in its failing form, written with ProtocolType.Tcp sockets and no SO_REUSEADDR of our own.
        Socket OpenTcp(string destination)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            RawTcp.Step("bind", () => socket.Bind(RawTcp.At("127.0.0.1", 60000)));
            RawTcp.Step("connect", () => socket.Connect(RawTcp.At(destination, 1234)));
            return socket;
        }

        result["s1"] = RawTcp.Describe(() => OpenTcp("127.8.8.8"), context);
        result["s2"] = RawTcp.Describe(() => OpenTcp("127.9.9.9"), context);
        return result;
    }

    private static int ReadInt(Socket socket, int level, int name)
    {
        var value = new byte[sizeof(int)];
        socket.GetRawSocketOption(level, name, value);
        return BitConverter.ToInt32(value);
    }
}
