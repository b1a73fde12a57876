using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using BindNoPort.IntegrationTests.Harness;
using Tmds.Linux;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>A socket call that failed, with the step it failed in (bind, connect, setsockopt ...).</summary>
public sealed class SocketStepException(string step, SocketException inner) : Exception($"{step}: {inner.Message}", inner)
{
    public string Step { get; } = step;

    public SocketException Socket { get; } = inner;
}

/// <summary>Plain socket calls as the seeds make them, each a libc call on a <see cref="LibcSocket"/>.</summary>
public static class RawTcp
{
    public static readonly int SolIp = LibC.SOL_IP;
    public static readonly int IpBindAddressNoPort = LibC.IP_BIND_ADDRESS_NO_PORT;

    // Tmds.LibC 0.5.0 has no IP_LOCAL_PORT_RANGE (Linux 6.3, K11).
    public const int IpLocalPortRange = 51;

    /// <summary>Runs one call, naming it when it fails.</summary>
    public static void Step(string step, Action call)
    {
        try
        {
            call();
        }
        catch (SocketException exception)
        {
            throw new SocketStepException(step, exception);
        }
    }

    public static void DeferPort(LibcSocket socket) =>
        Step("setsockopt(IP_BIND_ADDRESS_NO_PORT)", () => socket.SetOption(SolIp, IpBindAddressNoPort, 1));

    public static void ReuseAddress(LibcSocket socket) =>
        Step("setsockopt(SO_REUSEADDR)", () => socket.SetOption(LibC.SOL_SOCKET, LibC.SO_REUSEADDR, 1));

    /// <summary>Socket, optional IP_BIND_ADDRESS_NO_PORT, optional bind, connect; closed if any step fails.</summary>
    public static LibcSocket Open(IPEndPoint? bindTo, IPEndPoint destination, bool deferPort = false, bool reuseAddress = false)
    {
        var socket = LibcSocket.Tcp(destination.AddressFamily);
        try
        {
            if (reuseAddress)
            {
                ReuseAddress(socket);
            }

            if (deferPort)
            {
                DeferPort(socket);
            }

            if (bindTo is not null)
            {
                Step("bind", () => socket.Bind(bindTo));
            }

            Step("connect", () => socket.Connect(destination));
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens connections one at a time, holding each, until the first failure or <paramref name="limit"/>:
    /// the seed's "made N connections" count, with the failing step and errno.
    /// </summary>
    public static JsonObject OpenUntilFailure(ScenarioContext context, int limit, Func<int, LibcSocket> open) =>
        CountUntilFailure(context, limit, i =>
        {
            var socket = open(i);
            return (socket, socket.LocalEndPoint.Port);
        });

    /// <summary>The same count for .NET sockets, the ones the runtime helpers bind.</summary>
    public static JsonObject OpenUntilFailure(ScenarioContext context, int limit, Func<int, Socket> open) =>
        CountUntilFailure(context, limit, i =>
        {
            var socket = open(i);
            return (socket, ((IPEndPoint)socket.LocalEndPoint!).Port);
        });

    /// <summary>Where a socket ended up: local and peer endpoints, or the failure that stopped it.</summary>
    public static JsonObject Describe(Func<LibcSocket> open, ScenarioContext context) =>
        DescribeOpened(() =>
        {
            var socket = open();
            return (socket, socket.LocalEndPoint.ToString(), socket.PeerEndPoint.ToString());
        }, context);

    /// <summary>The same description of a .NET socket.</summary>
    public static JsonObject Describe(Func<Socket> open, ScenarioContext context) =>
        DescribeOpened(() =>
        {
            var socket = open();
            return (socket, socket.LocalEndPoint?.ToString(), socket.RemoteEndPoint?.ToString());
        }, context);

    public static IPEndPoint At(string address, int port) => new(IPAddress.Parse(address), port);

    private static JsonObject DescribeOpened(Func<(IDisposable Socket, string? Local, string? Peer)> open, ScenarioContext context)
    {
        try
        {
            var (socket, local, peer) = open();
            context.Hold(socket);
            return new JsonObject { ["local"] = local, ["peer"] = peer, ["failure"] = null };
        }
        catch (SocketStepException exception)
        {
            return new JsonObject { ["failure"] = SocketOutcome.Failure(exception.Step, exception.Socket) };
        }
    }

    private static JsonObject CountUntilFailure(ScenarioContext context, int limit, Func<int, (IDisposable Socket, int LocalPort)> open)
    {
        var ports = new HashSet<int>();
        JsonNode? failure = null;
        var count = 0;
        for (; count < limit; count++)
        {
            try
            {
                var (socket, localPort) = open(count);
                context.Hold(socket);
                ports.Add(localPort);
            }
            catch (SocketStepException exception)
            {
                failure = SocketOutcome.Failure(exception.Step, exception.Socket);
                break;
            }
        }

        return new JsonObject
        {
            ["connections"] = count,
            ["distinctLocalPorts"] = ports.Count,
            ["lowestLocalPort"] = ports.Count == 0 ? null : ports.Min(),
            ["highestLocalPort"] = ports.Count == 0 ? null : ports.Max(),
            ["failure"] = failure,
        };
    }
}
