using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>
/// The product's claim: P ports, D destinations, one source address. Binding before connecting
/// without the option gets P connections; with it, through raw calls or any helper, P x D.
/// </summary>
public sealed class HeadlineTests
{
    internal const int Ports = 20;
    internal const int Destinations = 3;
    internal static readonly IPAddress Source = IPAddress.Parse("127.1.1.1");

    internal static readonly NamespaceSetup TcpSetup = new()
    {
        PortRange = new PortRange(40000, 40000 + Ports - 1),
        Listeners = [new IPEndPoint(IPAddress.Any, 8080)],
    };

    private static readonly NamespaceSetup HttpSetup = new()
    {
        PortRange = TcpSetup.PortRange,
        HttpServers = [.. Enumerable.Range(1, Destinations).Select(Destination)],
    };

    internal static IPEndPoint Destination(int index) => new(IPAddress.Parse($"127.9.9.{(index % Destinations) + 1}"), 8080);

    [NamespaceTheory]
    [InlineData("raw-bind", Ports, "bind", "EADDRINUSE")]
    [InlineData("raw-option", Ports * Destinations, "connect", "EADDRNOTAVAIL")]
    [InlineData("PortDeferral.BindForConnect", Ports * Destinations, "connect", "EADDRNOTAVAIL")]
    [InlineData("BoundTcpClient.Create", Ports * Destinations, "connect", "EADDRNOTAVAIL")]
    public async Task Connections_FromOneSourceToSeveralDestinations(string variant, int expected, string failingCall, string errno)
    {
        var result = await NamespaceRunner.RunScenarioAsync(ConnectUntilFailure, TcpSetup, variant);

        Assert.Equal(expected, result.Int("connections"));
        Assert.Equal(Math.Min(expected, Ports), result.Int("distinctLocalPorts"));
        Assert.Equal(failingCall, result.Text("failure.operation"));
        Assert.Equal(errno, result.Text("failure.errno"));
    }

    [NamespaceTheory]
    [InlineData("HttpEgress.UseLocalAddress", Ports * Destinations, "EADDRNOTAVAIL")]
    [InlineData("ConnectCallback-bind", Ports, "EADDRINUSE")]
    public async Task HttpRequests_HeldOpenFromOneSourceToSeveralServers(string variant, int expected, string errno)
    {
        var result = await NamespaceRunner.RunScenarioAsync(SendHeldRequests, HttpSetup, variant, ((Ports * Destinations) + Destinations).ToString());

        Assert.Equal(expected, result.Int("requestsReached"));
        Assert.Equal(expected, result.Int("connectionsAccepted"));
        Assert.Equal(Math.Min(expected, Ports), result.Int("distinctClientPorts"));
        Assert.Equal(expected, result.Int("succeeded"));
        Assert.Equal((Ports * Destinations) + Destinations - expected, result.Int("failed"));
        Assert.Equal([errno], result.Texts("failureErrnos"));
    }

    /// <summary>Argument: how each connection is made (see the cases below).</summary>
    internal static JsonObject ConnectUntilFailure(ScenarioContext context)
    {
        var local = new IPEndPoint(Source, 0);
        var limit = (Ports * Destinations) + Destinations;
        return context.Arguments[0] switch
        {
            "raw-bind" => RawTcp.OpenUntilFailure(context, limit, i => RawTcp.Open(local, Destination(i))),
            "raw-option" => RawTcp.OpenUntilFailure(context, limit, i => RawTcp.Open(local, Destination(i), deferPort: true)),
            "PortDeferral.BindForConnect" => RawTcp.OpenUntilFailure(context, limit, i => Connect(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp), socket => socket.BindForConnect(local), i)),
            "BoundTcpClient.Create" => RawTcp.OpenUntilFailure(context, limit, i => Connect(BoundTcpClient.Create(local).Client, _ => { }, i)),
            var other => throw new ArgumentException($"Unknown variant {other}."),
        };
    }

    /// <summary>Binds <paramref name="socket"/> with <paramref name="bind"/> and connects it to destination <paramref name="index"/>; disposed if either fails.</summary>
    internal static Socket Connect(Socket socket, Action<Socket> bind, int index)
    {
        try
        {
            RawTcp.Step("bind", () => bind(socket));
            RawTcp.Step("connect", () => socket.Connect(Destination(index)));
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Sends concurrent GETs, spread over the servers in turn, while the servers hold every answer, so each
    /// request needs its own connection; counts what reached the servers, then releases the answers.
    /// Arguments: "HttpEgress.UseLocalAddress" or "ConnectCallback-bind" (the unfixed user code), and how many requests.
    /// </summary>
    internal static async Task<JsonObject> SendHeldRequests(ScenarioContext context)
    {
        var servers = context.HttpServers;
        foreach (var server in servers)
        {
            server.HoldResponses();
        }

        var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        if (context.Arguments[0] == "HttpEgress.UseLocalAddress")
        {
            handler.UseLocalAddress(Source);
        }
        else
        {
            handler.ConnectCallback = BindThenConnectAsync;
        }

        using var client = context.Hold(new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(2) });
        var total = int.Parse(context.Arguments[1]);
        var requests = Enumerable.Range(0, total).Select(i => client.GetAsync(servers[i % servers.Count].Uri)).ToList();

        // Every request either reached its server or failed to connect; only then may answers flow.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (servers.Sum(server => server.RequestsReceived) + requests.Count(request => request.IsFaulted) < total && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var reached = servers.Sum(server => server.RequestsReceived);
        var failures = requests.Where(request => request.IsFaulted).Select(request => Errno(request.Exception!)).ToList();
        foreach (var server in servers)
        {
            server.ReleaseResponses();
        }

        var succeeded = 0;
        foreach (var request in requests.Where(request => !request.IsFaulted))
        {
            using var response = await request;
            succeeded += response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync() == "ok" ? 1 : 0;
        }

        return new JsonObject
        {
            ["requestsReached"] = reached,
            ["connectionsAccepted"] = servers.Sum(server => server.ConnectionsAccepted),
            ["distinctClientPorts"] = servers.SelectMany(server => server.ClientPorts).Distinct().Count(),
            ["succeeded"] = succeeded,
            ["failed"] = failures.Count,
            ["failureErrnos"] = new JsonArray([.. failures.Distinct().Select(errno => (JsonNode)errno!)]),
        };
    }

    /// <summary>What users write today: bind the source address with port 0, then connect.</summary>
    private static async ValueTask<System.IO.Stream> BindThenConnectAsync(SocketsHttpConnectionContext connection, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(Source, 0));
            await socket.ConnectAsync(connection.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Errno(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socketException)
            {
                return SocketOutcome.ErrnoName(socketException);
            }
        }

        return exception.GetBaseException().Message;
    }
}
