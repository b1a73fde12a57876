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
/// N8: HttpWebRequest binds each connection to what ServicePoint.BindIPEndPointDelegate returns,
/// before it connects and without the option, so a delegate returning (127.0.0.1, 0) caps its
/// connections at the port range; HttpClient with HttpEgress.UseLocalAddress from the same address
/// reaches ports x destinations. P = 50 ports, D = 3 servers that hold every answer.
/// </summary>
public sealed class BindIPEndPointDelegateTests
{
    private const int Ports = 50;
    private const int Destinations = 3;
    private const int Requests = (Ports * Destinations) + Destinations;
    private const string RetriesExhausted = "OverflowException: Reached the maximum number of BindIPEndPointDelegate retries.";

    // HttpWebRequest asks the delegate again after each failed Bind, and gives up after this many asks.
    private const int AsksPerConnection = 100;

    private static readonly NamespaceSetup Setup = new()
    {
        PortRange = new PortRange(40000, 40000 + Ports - 1),
        HttpServers = [.. Enumerable.Range(1, Destinations).Select(index => new IPEndPoint(IPAddress.Parse($"127.9.9.{index}"), 8080))],
    };

    [NamespaceFact]
    public async Task N8_HttpWebRequestWithTheDelegateStopsAtThePortRange()
    {
        var result = await NamespaceRunner.RunScenarioAsync(SendHeldRequests, Setup, "HttpWebRequest");

        Assert.Equal(Ports, result.Int("requestsReached"));
        Assert.Equal(Ports, result.Int("connectionsAccepted"));
        Assert.Equal(Ports, result.Int("distinctClientPorts"));
        Assert.Equal(Ports, result.Int("succeeded"));
        Assert.Equal(Requests - Ports, result.Int("failed"));
        Assert.Equal([RetriesExhausted], result.Texts("failures"));
        Assert.Equal(Ports + ((Requests - Ports) * AsksPerConnection), result.Int("delegateCalls"));
    }

    // A delegate that returns null binds nothing: the connect picks its own port, shared across destinations.
    [NamespaceFact]
    public async Task N8_HttpWebRequestWithADelegateReturningNullReachesPortsTimesDestinations()
    {
        var result = await NamespaceRunner.RunScenarioAsync(SendHeldRequests, Setup, "HttpWebRequest-null");

        Assert.Equal(Ports * Destinations, result.Int("requestsReached"));
        Assert.Equal(Ports * Destinations, result.Int("succeeded"));
        Assert.Equal(Destinations, result.Int("failed"));
        Assert.Equal(["SocketException: EADDRNOTAVAIL"], result.Texts("failures"));
        Assert.Equal(Requests, result.Int("delegateCalls"));
    }

    [NamespaceFact]
    public async Task N8_HttpClientWithUseLocalAddressReachesPortsTimesDestinations()
    {
        var result = await NamespaceRunner.RunScenarioAsync(SendHeldRequests, Setup, "HttpClient.UseLocalAddress");

        Assert.Equal(Ports * Destinations, result.Int("requestsReached"));
        Assert.Equal(Ports * Destinations, result.Int("connectionsAccepted"));
        Assert.Equal(Ports, result.Int("distinctClientPorts"));
        Assert.Equal(Ports * Destinations, result.Int("succeeded"));
        Assert.Equal(Destinations, result.Int("failed"));
        Assert.Equal(["SocketException: EADDRNOTAVAIL"], result.Texts("failures"));
    }

    /// <summary>
    /// Sends P x D + D concurrent GETs from 127.0.0.1 while the servers hold every answer, so each
    /// request needs a connection of its own; counts what reached the servers, then releases the answers.
    /// Argument: "HttpWebRequest" (the delegate returns port 0), "HttpWebRequest-null" (it returns null)
    /// or "HttpClient.UseLocalAddress" (the cure).
    /// </summary>
    internal static async Task<JsonObject> SendHeldRequests(ScenarioContext context)
    {
        var servers = context.HttpServers;
        foreach (var server in servers)
        {
            server.HoldResponses();
        }

        var delegateCalls = 0;
        BindIPEndPoint Returning(IPEndPoint? localEndPoint) => (servicePoint, remoteEndPoint, retryCount) =>
        {
            Interlocked.Increment(ref delegateCalls);
            return localEndPoint!;
        };
        Func<Uri, Task<string>> get = context.Arguments[0] switch
        {
            "HttpWebRequest" => uri => GetThroughHttpWebRequestAsync(uri, Returning(new IPEndPoint(IPAddress.Loopback, 0))),
            "HttpWebRequest-null" => uri => GetThroughHttpWebRequestAsync(uri, Returning(null)),
            "HttpClient.UseLocalAddress" => GetThroughHttpClient(context),
            var other => throw new ArgumentException($"Unknown variant {other}."),
        };
        var requests = Enumerable.Range(0, Requests).Select(i => Task.Run(() => get(servers[i % servers.Count].Uri))).ToList();

        // Every request either reached its server or failed; only then may answers flow.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (servers.Sum(server => server.RequestsReceived) + requests.Count(request => request.IsFaulted) < Requests && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var reached = servers.Sum(server => server.RequestsReceived);
        var failures = requests.Where(request => request.IsFaulted).Select(request => Describe(request.Exception!)).ToList();
        foreach (var server in servers)
        {
            server.ReleaseResponses();
        }

        var succeeded = 0;
        foreach (var request in requests.Where(request => !request.IsFaulted))
        {
            succeeded += await request == "ok" ? 1 : 0;
        }

        return new JsonObject
        {
            ["requestsReached"] = reached,
            ["connectionsAccepted"] = servers.Sum(server => server.ConnectionsAccepted),
            ["distinctClientPorts"] = servers.SelectMany(server => server.ClientPorts).Distinct().Count(),
            ["succeeded"] = succeeded,
            ["failed"] = failures.Count,
            ["failures"] = new JsonArray([.. failures.Distinct().Select(failure => (JsonNode)failure!)]),
            ["delegateCalls"] = Volatile.Read(ref delegateCalls),
        };
    }

    /// <summary>What public code writes to pin its egress address: a BindIPEndPointDelegate on the request's ServicePoint.</summary>
    private static async Task<string> GetThroughHttpWebRequestAsync(Uri uri, BindIPEndPoint bindDelegate)
    {
#pragma warning disable SYSLIB0014 // HttpWebRequest is obsolete; it is the API under test.
        var request = WebRequest.CreateHttp(uri);
#pragma warning restore SYSLIB0014
        request.Proxy = null;
        request.Timeout = (int)TimeSpan.FromMinutes(2).TotalMilliseconds;
        request.ServicePoint.BindIPEndPointDelegate = bindDelegate;
        using var response = await request.GetResponseAsync();
        using var reader = new System.IO.StreamReader(response.GetResponseStream());
        return await reader.ReadToEndAsync();
    }

    private static Func<Uri, Task<string>> GetThroughHttpClient(ScenarioContext context)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false }.UseLocalAddress(IPAddress.Loopback);
        var client = context.Hold(new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(2) });
        return client.GetStringAsync;
    }

    // The innermost cause, as "Type: message" or "SocketException: errno".
    private static string Describe(Exception exception)
    {
        var cause = exception;
        while (cause.InnerException is { } inner)
        {
            cause = inner;
        }

        return cause is SocketException socketException
            ? "SocketException: " + SocketOutcome.ErrnoName(socketException)
            : cause.GetType().Name + ": " + cause.Message;
    }
}
