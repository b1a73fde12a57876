using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Tmds.Linux;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>Facts K1-K12 of the kernel, one test each (K8 has its own class), as raw socket calls.</summary>
public sealed class KernelFactTests
{
    private const int Ports = 100;
    private const int Destinations = 4;
    private static readonly IPEndPoint Source = RawTcp.At("127.1.1.1", 0);

    private static readonly NamespaceSetup HundredPorts = new()
    {
        PortRange = new PortRange(40000, 40099),
        Listeners = [new IPEndPoint(IPAddress.IPv6Any, 8080), .. Enumerable.Range(1, Destinations).Select(i => new IPEndPoint(IPAddress.IPv6Loopback, 8080 + i))],
    };

    private static IPEndPoint Destination(int index) => RawTcp.At($"127.9.9.{(index % Destinations) + 1}", 8080);

    [NamespaceFact]
    public async Task K1_BindWithPortZeroReservesThePortForEveryDestination()
    {
        var result = await NamespaceRunner.RunScenarioAsync(BoundPortIsTakenFromEveryone, QuizTests.OnePort);

        Assert.Equal("EADDRNOTAVAIL", result.Text("plainConnect.failure.errno"));
        Assert.Equal("EADDRNOTAVAIL", result.Text("deferredConnect.failure.errno"));
        Assert.Null(result.Text("plainConnectAfterClose.failure"));
        Assert.EndsWith(":60000", result.Text("plainConnectAfterClose.local"));
    }

    [NamespaceFact]
    public async Task K2_BindBeforeConnectCapsConnectionsAtTheRangeSize()
    {
        var result = await NamespaceRunner.RunScenarioAsync(ConnectToEachDestinationInTurn, HundredPorts, "bind");

        Assert.Equal(Ports, result.Int("connections"));
        Assert.Equal("bind", result.Text("failure.operation"));
        Assert.Equal("EADDRINUSE", result.Text("failure.errno"));
    }

    [NamespaceFact]
    public async Task K3_OptionBeforeBindSharesPortsAcrossDestinations()
    {
        var result = await NamespaceRunner.RunScenarioAsync(ConnectToEachDestinationInTurn, HundredPorts, "option-then-bind");

        Assert.Equal(Ports * Destinations, result.Int("connections"));
        Assert.Equal(Ports, result.Int("distinctLocalPorts"));
        Assert.Equal("connect", result.Text("failure.operation"));
        Assert.Equal("EADDRNOTAVAIL", result.Text("failure.errno"));
    }

    [NamespaceFact]
    public async Task K4_NonZeroPortIsReservedAtBindEvenWithTheOption()
    {
        var explicitPort = await NamespaceRunner.RunScenarioAsync(OptionWithPort, new NamespaceSetup { PortRange = new PortRange(40050, 40050), Listeners = QuizTests.OnePort.Listeners }, "40050");
        var portZero = await NamespaceRunner.RunScenarioAsync(OptionWithPort, new NamespaceSetup { PortRange = new PortRange(40050, 40050), Listeners = QuizTests.OnePort.Listeners }, "0");

        Assert.Equal("127.1.1.1:40050", explicitPort.Text("first.local"));
        Assert.Equal("EADDRNOTAVAIL", explicitPort.Text("plainConnect.failure.errno"));
        Assert.Equal("EADDRINUSE", explicitPort.Text("secondBindSamePort.failure.errno"));
        Assert.Equal("127.1.1.1:40050", portZero.Text("first.local"));
        Assert.Equal("127.0.0.1:40050", portZero.Text("plainConnect.local"));
    }

    [NamespaceTheory]
    [InlineData("ipv6-level-ip", Ports * Destinations)]
    [InlineData("dual-mode-level-ip", Ports * Destinations)]
    [InlineData("ipv6-level-ipv6", Ports)]
    public async Task K5_Ipv6SocketsTakeTheOptionAtLevelSolIp(string variant, int expectedConnections)
    {
        var result = await NamespaceRunner.RunScenarioAsync(Ipv6Sockets, HundredPorts, variant);

        Assert.Equal(expectedConnections, result.Int("connections"));
        if (variant == "ipv6-level-ipv6")
        {
            // Option 24 at IPPROTO_IPV6 is IPV6_MTU: it refuses the value 1 and defers nothing.
            Assert.Equal("EINVAL", result.Text("setsockopt"));
            Assert.Equal("EADDRINUSE", result.Text("failure.errno"));
        }
        else
        {
            Assert.Null(result.Text("setsockopt"));
            Assert.Equal(Ports, result.Int("distinctLocalPorts"));
            Assert.Equal("EADDRNOTAVAIL", result.Text("failure.errno"));
        }
    }

    [NamespaceFact]
    public async Task K6_UdpConnectDoesNotSharePortsEvenWithTheOption()
    {
        var result = await NamespaceRunner.RunScenarioAsync(UdpAgainstTcp, QuizTests.OnePort);

        Assert.Equal("127.1.1.1:60000", result.Text("udpFirst.local"));
        Assert.Equal("EAGAIN", result.Text("udpSecond.failure.errno"));
        Assert.Equal("127.1.1.1:60000", result.Text("tcpFirst.local"));
        Assert.Equal("127.1.1.1:60000", result.Text("tcpSecond.local"));
    }

    [NamespaceFact]
    public async Task K7_OptionSetAfterBindHasNoEffect()
    {
        var result = await NamespaceRunner.RunScenarioAsync(ConnectToEachDestinationInTurn, HundredPorts, "bind-then-option");

        Assert.Equal(Ports, result.Int("connections"));
        Assert.Equal("EADDRINUSE", result.Text("failure.errno"));
        Assert.Equal(1, result.Int("optionReadBack"));
    }

    [NamespaceFact]
    public async Task K9_SoReuseAddrSharesAnExplicitPortButAPlainConnectStillFails()
    {
        var shared = await NamespaceRunner.RunScenarioAsync(QuizTests.RunQuiz, QuizTests.OnePort, "6", QuizTests.Fixed);
        var plainAfter = await NamespaceRunner.RunScenarioAsync(QuizTests.RunQuiz, QuizTests.OnePort, "8", QuizTests.Plain);

        Assert.Equal("127.0.0.1:60000", shared.Text("s1.local"));
        Assert.Equal("127.0.0.1:60000", shared.Text("s2.local"));
        Assert.NotEqual(shared.Text("s1.peer"), shared.Text("s2.peer"));
        Assert.Equal("127.0.0.1:60000", plainAfter.Text("s1.local"));
        Assert.Equal("EADDRNOTAVAIL", plainAfter.Text("s2.failure.errno"));
    }

    [NamespaceTheory]
    [InlineData("1", true, Ports + 5, "")]
    [InlineData("0", true, Ports, "EADDRINUSE")]
    [InlineData("1", false, Ports, "EADDRINUSE")]
    public async Task K10_AutobindReuseSharesPortsBetweenReuseAddrSocketsOnlyOnceTheRangeIsExhausted(string autobindReuse, bool reuseAddress, int expectedBinds, string errno)
    {
        var setup = HundredPorts with { Sysctls = new Dictionary<string, string> { ["net/ipv4/ip_autobind_reuse"] = autobindReuse } };
        var result = await NamespaceRunner.RunScenarioAsync(BindWithoutConnecting, setup, reuseAddress.ToString(), (Ports + 5).ToString());

        Assert.Equal(autobindReuse, result.Text("autobindReuse"));
        Assert.Equal(expectedBinds, result.Int("binds"));
        Assert.Equal(Ports, result.Int("distinctPortsOfFirstRange"));
        Assert.Equal(Math.Min(expectedBinds, Ports), result.Int("distinctPorts"));
        Assert.Equal(errno, result.Text("failure.errno") ?? "");
    }

    [NamespaceTheory]
    [InlineData("raw", 10, "bind", "EADDRINUSE")] // bind without IP_BIND_ADDRESS_NO_PORT: one connection per port
    [InlineData("helper", 10 * Destinations, "connect", "EADDRNOTAVAIL")] // PortDeferral: the narrowed ports are shared
    public async Task K11_LocalPortRangeOptionNarrowsTheRangeOfOneSocket(string variant, int expectedConnections, string failingCall, string errno)
    {
        var result = await NamespaceRunner.RunScenarioAsync(NarrowedSockets, HundredPorts, variant);

        Assert.Equal((40019 << 16) | 40010, result.Int("readBack"));
        Assert.Equal(expectedConnections, result.Int("connections"));
        Assert.Equal(10, result.Int("distinctLocalPorts"));
        Assert.Equal(failingCall, result.Text("failure.operation"));
        Assert.Equal(errno, result.Text("failure.errno"));
        Assert.Equal(40010, result.Int("lowestLocalPort"));
        Assert.Equal(40019, result.Int("highestLocalPort"));
        Assert.Equal(Ports - 10, result.Int("plainConnectsAfterwards"));
    }

    [NamespaceFact]
    public async Task K12_LoopbackStartsDownAndAllOf127Slash8AnswersOnceUp()
    {
        var result = await NamespaceRunner.RunScenarioAsync(LoopbackFromDownToUp, new NamespaceSetup { LoopbackUp = false });

        Assert.Equal(["lo:down"], result.Texts("linksBefore"));
        Assert.Equal("ENETUNREACH", result.Text("connectBefore"));
        Assert.Equal(["lo:up"], result.Texts("linksAfter"));
        Assert.Equal("127.1.1.1", result.Text("first.local")!.Split(':')[0]);
        Assert.Equal("127.200.30.4", result.Text("second.local")!.Split(':')[0]);
        Assert.Equal("127.9.9.9:1234", result.Text("second.peer"));
    }

    internal static JsonObject BoundPortIsTakenFromEveryone(ScenarioContext context)
    {
        var bound = LibcSocket.Tcp();
        bound.Bind(Source);
        var result = new JsonObject
        {
            ["bound"] = bound.LocalEndPoint.ToString(),
            ["plainConnect"] = RawTcp.Describe(() => RawTcp.Open(null, RawTcp.At("127.9.9.9", 1234)), context),
            ["deferredConnect"] = RawTcp.Describe(() => RawTcp.Open(RawTcp.At("127.2.2.2", 0), RawTcp.At("127.8.8.8", 1234), deferPort: true), context),
        };
        bound.Dispose();
        result["plainConnectAfterClose"] = RawTcp.Describe(() => RawTcp.Open(null, RawTcp.At("127.9.9.9", 1234)), context);
        return result;
    }

    /// <summary>Argument: "bind", "option-then-bind" or "bind-then-option".</summary>
    internal static JsonObject ConnectToEachDestinationInTurn(ScenarioContext context)
    {
        var variant = context.Arguments[0];
        var readBack = 0;
        var result = RawTcp.OpenUntilFailure(context, Ports * Destinations + Destinations, i =>
        {
            if (variant != "bind-then-option")
            {
                return RawTcp.Open(Source, Destination(i), deferPort: variant == "option-then-bind");
            }

            var socket = LibcSocket.Tcp();
            try
            {
                RawTcp.Step("bind", () => socket.Bind(Source));
                RawTcp.DeferPort(socket);
                readBack = socket.GetOption(RawTcp.SolIp, RawTcp.IpBindAddressNoPort);
                RawTcp.Step("connect", () => socket.Connect(Destination(i)));
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        });
        result["optionReadBack"] = readBack;
        return result;
    }

    /// <summary>Argument: the explicit source port to bind with the option set.</summary>
    internal static JsonObject OptionWithPort(ScenarioContext context)
    {
        var port = int.Parse(context.Arguments[0]);
        return new JsonObject
        {
            ["first"] = RawTcp.Describe(() => RawTcp.Open(RawTcp.At("127.1.1.1", port), RawTcp.At("127.9.9.9", 1234), deferPort: true), context),
            ["plainConnect"] = RawTcp.Describe(() => RawTcp.Open(null, RawTcp.At("127.8.8.8", 1234)), context),
            ["secondBindSamePort"] = RawTcp.Describe(() => RawTcp.Open(RawTcp.At("127.1.1.1", port), RawTcp.At("127.8.8.8", 1234), deferPort: true), context),
        };
    }

    /// <summary>Argument: "ipv6-level-ip", "ipv6-level-ipv6" or "dual-mode-level-ip".</summary>
    internal static JsonObject Ipv6Sockets(ScenarioContext context)
    {
        var variant = context.Arguments[0];
        var dualMode = variant == "dual-mode-level-ip";
        var level = variant == "ipv6-level-ipv6" ? LibC.IPPROTO_IPV6 : RawTcp.SolIp;
        string? setsockopt = null;
        var result = RawTcp.OpenUntilFailure(context, Ports * Destinations + Destinations, i =>
        {
            var socket = LibcSocket.Tcp(AddressFamily.InterNetworkV6);
            try
            {
                // What .NET's DualMode sets; Linux's default (bindv6only 0) would be dual mode for both.
                socket.SetOption(LibC.IPPROTO_IPV6, LibC.IPV6_V6ONLY, dualMode ? 0 : 1);
                setsockopt = SocketOutcome.Try(() => socket.SetOption(level, RawTcp.IpBindAddressNoPort, 1));
                var source = dualMode ? new IPEndPoint(IPAddress.Parse("127.1.1.1").MapToIPv6(), 0) : new IPEndPoint(IPAddress.IPv6Loopback, 0);
                var destination = dualMode
                    ? new IPEndPoint(Destination(i).Address.MapToIPv6(), 8080)
                    : new IPEndPoint(IPAddress.IPv6Loopback, 8081 + (i % Destinations));
                RawTcp.Step("bind", () => socket.Bind(source));
                RawTcp.Step("connect", () => socket.Connect(destination));
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        });
        result["setsockopt"] = setsockopt;
        return result;
    }

    internal static JsonObject UdpAgainstTcp(ScenarioContext context)
    {
        LibcSocket Udp(string destination)
        {
            var socket = LibcSocket.Udp();
            try
            {
                RawTcp.DeferPort(socket);
                RawTcp.Step("bind", () => socket.Bind(Source));
                RawTcp.Step("connect", () => socket.Connect(RawTcp.At(destination, 53)));
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        return new JsonObject
        {
            ["udpFirst"] = RawTcp.Describe(() => Udp("127.9.9.9"), context),
            ["udpSecond"] = RawTcp.Describe(() => Udp("127.8.8.8"), context),
            ["tcpFirst"] = RawTcp.Describe(() => RawTcp.Open(Source, RawTcp.At("127.9.9.9", 1234), deferPort: true), context),
            ["tcpSecond"] = RawTcp.Describe(() => RawTcp.Open(Source, RawTcp.At("127.8.8.8", 1234), deferPort: true), context),
        };
    }

    /// <summary>Arguments: whether to set plain SO_REUSEADDR, and how many sockets to bind to port 0.</summary>
    internal static JsonObject BindWithoutConnecting(ScenarioContext context)
    {
        var reuseAddress = bool.Parse(context.Arguments[0]);
        var attempts = int.Parse(context.Arguments[1]);
        var ports = new List<int>();
        JsonNode? failure = null;
        for (var i = 0; i < attempts && failure is null; i++)
        {
            var socket = context.Hold(LibcSocket.Tcp());
            try
            {
                if (reuseAddress)
                {
                    RawTcp.ReuseAddress(socket);
                }

                RawTcp.Step("bind", () => socket.Bind(Source));
                ports.Add(socket.LocalEndPoint.Port);
            }
            catch (SocketStepException exception)
            {
                failure = SocketOutcome.Failure(exception.Step, exception.Socket);
            }
        }

        return new JsonObject
        {
            ["autobindReuse"] = System.IO.File.ReadAllText("/proc/sys/net/ipv4/ip_autobind_reuse").Trim(),
            ["binds"] = ports.Count,
            ["distinctPortsOfFirstRange"] = ports.Take(Ports).Distinct().Count(),
            ["distinctPorts"] = ports.Distinct().Count(),
            ["failure"] = failure,
        };
    }

    /// <summary>Argument: "raw" (setsockopt, bind without the option) or "helper" (PortDeferral on a .NET socket).</summary>
    internal static JsonObject NarrowedSockets(ScenarioContext context)
    {
        const int packed = (40019 << 16) | 40010;
        var limit = (Ports * Destinations) + Destinations;
        var readBack = 0;
        var result = context.Arguments[0] == "helper"
            ? RawTcp.OpenUntilFailure(context, limit, i =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    RawTcp.Step("SetLocalPortRange", () => socket.SetLocalPortRange(40010, 40019));
                    RawTcp.Step("bind", () => socket.BindForConnect(Source));
                    var value = new byte[sizeof(int)];
                    socket.GetRawSocketOption(RawTcp.SolIp, RawTcp.IpLocalPortRange, value);
                    readBack = BitConverter.ToInt32(value);
                    RawTcp.Step("connect", () => socket.Connect(Destination(i)));
                    return socket;
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            })
            : RawTcp.OpenUntilFailure(context, limit, i =>
            {
                var socket = LibcSocket.Tcp();
                try
                {
                    RawTcp.Step("setsockopt(IP_LOCAL_PORT_RANGE)", () => socket.SetOption(RawTcp.SolIp, RawTcp.IpLocalPortRange, packed));
                    RawTcp.Step("bind", () => socket.Bind(Source));
                    readBack = socket.GetOption(RawTcp.SolIp, RawTcp.IpLocalPortRange);
                    RawTcp.Step("connect", () => socket.Connect(Destination(i)));
                    return socket;
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            });
        result["readBack"] = readBack;

        // The rest of the namespace's range is still there for sockets without the narrowing.
        result["plainConnectsAfterwards"] = RawTcp.OpenUntilFailure(context, Ports, i => RawTcp.Open(Source, Destination(i)))["connections"]!.GetValue<int>();
        return result;
    }

    internal static JsonObject LoopbackFromDownToUp(ScenarioContext context)
    {
        static JsonArray Links() => [.. LoopbackInterface.Links().Select(link => (JsonNode)$"{link.Name}:{(link.Up ? "up" : "down")}")];

        var result = new JsonObject
        {
            ["linksBefore"] = Links(),
            ["connectBefore"] = SocketOutcome.Try(() =>
            {
                using var socket = LibcSocket.Tcp();
                socket.Connect(RawTcp.At("127.0.0.1", 1234));
            }),
        };
        LoopbackInterface.BringUp();
        result["linksAfter"] = Links();
        context.Hold(LoopbackListener.Start(RawTcp.At("127.9.9.9", 1234)));
        result["first"] = RawTcp.Describe(() => RawTcp.Open(RawTcp.At("127.1.1.1", 0), RawTcp.At("127.9.9.9", 1234)), context);
        result["second"] = RawTcp.Describe(() => RawTcp.Open(RawTcp.At("127.200.30.4", 0), RawTcp.At("127.9.9.9", 1234)), context);
        return result;
    }
}
