using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>The helpers under load, with exact counts: many concurrent requests, many threads binding at once.</summary>
public sealed class LoadTests
{
    private const int HttpPorts = 50;
    private const int HttpServers = 4;
    private const int HttpRequests = HttpPorts * HttpServers;
    private const int Threads = 16;
    private const int SocketsPerThread = 200;
    private const int Destinations = 8;

    private static readonly NamespaceSetup HttpSetup = new()
    {
        PortRange = new PortRange(40000, 40000 + HttpPorts - 1),
        HttpServers = [.. Enumerable.Range(1, HttpServers).Select(i => RawTcp.At($"127.9.9.{i}", 8080))],
    };

    private static readonly NamespaceSetup ThousandPorts = new()
    {
        PortRange = new PortRange(40000, 40999),
        Listeners = [new IPEndPoint(IPAddress.Any, 8080)],
    };

    [NamespaceTheory]
    [InlineData("HttpEgress.UseLocalAddress", HttpRequests, "")]          // 50 ports x 4 servers: every request
    [InlineData("ConnectCallback-bind", HttpPorts, "EADDRINUSE")]          // one request per port, the rest fail at bind
    public async Task ConcurrentHttpRequestsHeldOpen_FiftyPortsFourServers(string variant, int expected, string errno)
    {
        var result = await NamespaceRunner.RunScenarioAsync(HeadlineTests.SendHeldRequests, HttpSetup, variant, HttpRequests.ToString());

        Assert.Equal(expected, result.Int("requestsReached"));
        Assert.Equal(expected, result.Int("connectionsAccepted"));
        Assert.Equal(expected, result.Int("succeeded"));
        Assert.Equal(HttpRequests - expected, result.Int("failed"));
        Assert.Equal(HttpPorts, result.Int("distinctClientPorts"));
        Assert.Equal(errno == "" ? [] : [errno], result.Texts("failureErrnos"));
    }

    [NamespaceFact]
    public async Task SixteenThreadsBindForConnectTogether_AllConnectAndNoDescriptorLeaks()
    {
        var result = await NamespaceRunner.RunScenarioAsync(BindFromManyThreadsInASibling, ThousandPorts);

        Assert.Equal(Threads * SocketsPerThread, result.Int("connections"));
        Assert.Equal(Threads * SocketsPerThread, result.Int("deferred"));
        Assert.Equal([], result.Texts("exceptions"));
        Assert.InRange(result.Int("distinctLocalPorts"), Threads * SocketsPerThread / Destinations, 1000);
        Assert.InRange(result.Int("lowestLocalPort"), 40000, 40999);
        Assert.InRange(result.Int("highestLocalPort"), 40000, 40999);
        Assert.Equal(result.Int("descriptorsBefore") + (Threads * SocketsPerThread), result.Int("descriptorsWhileOpen"));
        Assert.Equal(result.Int("descriptorsBefore"), result.Int("descriptorsAfterClose"));
    }

    /// <summary>The load runs in a sibling process, so its descriptors are its sockets alone (the listener's are here).</summary>
    internal static async Task<JsonObject> BindFromManyThreadsInASibling(ScenarioContext context)
    {
        using var sibling = context.StartSibling(BindFromManyThreads);
        return await sibling.FinishAsync();
    }

    /// <summary>
    /// 16 threads, started together, each bind 200 sockets with BindForConnect and connect them to 8 destinations in
    /// turn, holding all of them; then every socket is closed and the process's socket descriptors are counted again.
    /// </summary>
    internal static JsonObject BindFromManyThreads(ScenarioContext context)
    {
        var local = new IPEndPoint(HeadlineTests.Source, 0);
        var descriptorsBefore = OpenSocketDescriptors();
        var sockets = new List<Socket>[Threads];
        var deferred = 0;
        var exceptions = new List<string>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(thread => new Thread(() =>
        {
            sockets[thread] = [];
            start.SignalAndWait();
            for (var i = 0; i < SocketsPerThread; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                sockets[thread].Add(socket);
                try
                {
                    Interlocked.Add(ref deferred, socket.BindForConnect(local) ? 1 : 0);
                    socket.Connect(RawTcp.At($"127.9.9.{((thread * SocketsPerThread) + i) % Destinations + 1}", 8080));
                }
                catch (Exception exception)
                {
                    lock (exceptions)
                    {
                        exceptions.Add(exception.GetType().Name + ": " + exception.Message);
                    }
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        var all = sockets.SelectMany(list => list).ToList();
        var connected = all.Where(socket => socket.Connected).ToList();
        var ports = connected.Select(socket => ((IPEndPoint)socket.LocalEndPoint!).Port).ToList();
        var descriptorsWhileOpen = OpenSocketDescriptors();
        all.ForEach(socket => socket.Dispose());
        return new JsonObject
        {
            ["connections"] = connected.Count,
            ["deferred"] = deferred,
            ["exceptions"] = new JsonArray([.. exceptions.Distinct().Select(message => (JsonNode)message!)]),
            ["distinctLocalPorts"] = ports.Distinct().Count(),
            ["lowestLocalPort"] = ports.Min(),
            ["highestLocalPort"] = ports.Max(),
            ["descriptorsBefore"] = descriptorsBefore,
            ["descriptorsWhileOpen"] = descriptorsWhileOpen,
            ["descriptorsAfterClose"] = OpenSocketDescriptors(),
        };
    }

    // Sockets only: the runtime also maps assemblies it loads on first use, which are no leak.
    private static int OpenSocketDescriptors() =>
        Directory.GetFileSystemEntries("/proc/self/fd").Count(descriptor => new FileInfo(descriptor).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true);
}
