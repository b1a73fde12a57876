using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using BindNoPort.IntegrationTests.Harness;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>A socket call that failed, with the step it failed in (bind, connect, setsockopt ...).</summary>
public sealed class SocketStepException(string step, SocketException inner) : Exception($"{step}: {inner.Message}", inner)
{
    public string Step { get; } = step;

    public SocketException Socket { get; } = inner;
}

/// <summary>Plain socket calls as the seeds make them, with the option set through SetRawSocketOption only.</summary>
public static class RawTcp
{
    public const int SolIp = 0;
    public const int SolSocket = 1;
    public const int IpBindAddressNoPort = 24;
    public const int IpLocalPortRange = 51;
    public const int SoReuseAddr = 2;

    /// <summary>
    /// A TCP socket that binds the way C and Python do. Socket.Bind sets SO_REUSEADDR itself when the
    /// socket was created with ProtocolType.Tcp (to allow binding over TIME_WAIT, as on Windows), which
    /// changes quiz 6 and ip_autobind_reuse; created with ProtocolType.Unspecified it is still TCP
    /// (socket(AF_INET, SOCK_STREAM, 0)) and binds plainly.
    /// </summary>
    public static Socket NewSocket(AddressFamily family = AddressFamily.InterNetwork) => new(family, SocketType.Stream, ProtocolType.Unspecified);

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

    public static void DeferPort(Socket socket) =>
        Step("setsockopt(IP_BIND_ADDRESS_NO_PORT)", () => socket.SetRawSocketOption(SolIp, IpBindAddressNoPort, BitConverter.GetBytes(1)));

    /// <summary>Plain SO_REUSEADDR; SocketOptionName.ReuseAddress would add SO_REUSEPORT on Unix (N4).</summary>
    public static void ReuseAddress(Socket socket) =>
        Step("setsockopt(SO_REUSEADDR)", () => socket.SetRawSocketOption(SolSocket, SoReuseAddr, BitConverter.GetBytes(1)));

    /// <summary>Socket, optional IP_BIND_ADDRESS_NO_PORT, optional bind, connect; disposed if any step fails.</summary>
    public static Socket Open(IPEndPoint? bindTo, IPEndPoint destination, bool deferPort = false, bool reuseAddress = false)
    {
        var socket = NewSocket(destination.AddressFamily);
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
    public static JsonObject OpenUntilFailure(ScenarioContext context, int limit, Func<int, Socket> open)
    {
        var ports = new HashSet<int>();
        JsonNode? failure = null;
        var count = 0;
        for (; count < limit; count++)
        {
            try
            {
                var socket = context.Hold(open(count));
                ports.Add(((IPEndPoint)socket.LocalEndPoint!).Port);
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

    /// <summary>Where a socket ended up: local and peer endpoints, or the failure that stopped it.</summary>
    public static JsonObject Describe(Func<Socket> open, ScenarioContext context)
    {
        try
        {
            var socket = context.Hold(open());
            return new JsonObject
            {
                ["local"] = socket.LocalEndPoint?.ToString(),
                ["peer"] = socket.RemoteEndPoint?.ToString(),
                ["failure"] = null,
            };
        }
        catch (SocketStepException exception)
        {
            return new JsonObject { ["failure"] = SocketOutcome.Failure(exception.Step, exception.Socket) };
        }
    }

    public static IPEndPoint At(string address, int port) => new(IPAddress.Parse(address), port);
}
