using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>An ICMP ping socket (SOCK_DGRAM, IPPROTO_ICMP) is refused as not TCP, not with the UDP wording.</summary>
public sealed class PingSocketTests
{
    // Ping sockets are allowed only for groups in ping_group_range; the namespace's root group 0 is let in.
    private static readonly NamespaceSetup PingAllowed = new()
    {
        Sysctls = new Dictionary<string, string> { ["net/ipv4/ping_group_range"] = "0 0" },
    };

    [NamespaceFact]
    public async Task PingSocket_IsRefusedAsNotTcp()
    {
        var result = await NamespaceRunner.RunScenarioAsync(RefusalsOfDatagramSockets, PingAllowed);

        foreach (var entryPoint in (string[])["DeferPortToConnect", "BindForConnect"])
        {
            Assert.DoesNotContain("UDP", result.Text($"ping.{entryPoint}"));
            Assert.Contains("helps TCP sockets only; this socket is Dgram/Icmp", result.Text($"ping.{entryPoint}"));
            Assert.Contains("cannot help a UDP socket", result.Text($"udp.{entryPoint}"));
        }
    }

    internal static JsonObject RefusalsOfDatagramSockets(ScenarioContext context) => new()
    {
        ["ping"] = Refusals(ProtocolType.Icmp),
        ["udp"] = Refusals(ProtocolType.Udp),
    };

    private static JsonObject Refusals(ProtocolType protocol)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, protocol);
        return new JsonObject
        {
            ["DeferPortToConnect"] = Message(() => socket.DeferPortToConnect()),
            ["BindForConnect"] = Message(() => socket.BindForConnect(new IPEndPoint(IPAddress.Loopback, 0))),
        };
    }

    private static string Message(Action call)
    {
        try
        {
            call();
            return "accepted";
        }
        catch (ArgumentException refusal)
        {
            return refusal.Message;
        }
    }
}
