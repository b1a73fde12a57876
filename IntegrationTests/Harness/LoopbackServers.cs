using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>Accepts every connection and keeps it open, so the client's port stays in use.</summary>
internal sealed class LoopbackListener : IDisposable
{
    private readonly Socket listener;
    private readonly ConcurrentQueue<Socket> accepted = new();

    private LoopbackListener(Socket listener)
    {
        this.listener = listener;
        _ = AcceptForeverAsync();
    }

    public static LoopbackListener Start(IPEndPoint endPoint) => new(Listen(endPoint));

    /// <summary>A listening socket with a backlog as deep as the namespace allows.</summary>
    public static Socket Listen(IPEndPoint endPoint)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        if (endPoint.Address.Equals(IPAddress.IPv6Any))
        {
            socket.DualMode = true;
        }

        socket.Bind(endPoint);
        socket.Listen(4096);
        return socket;
    }

    public void Dispose()
    {
        listener.Dispose();
        while (accepted.TryDequeue(out var connection))
        {
            connection.Dispose();
        }
    }

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                accepted.Enqueue(await listener.AcceptAsync().ConfigureAwait(false));
            }
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException)
        {
            // Disposed at the end of the run.
        }
    }
}

/// <summary>
/// A minimal HTTP/1.1 server: answers each request with 200 "ok" and keeps the connection alive.
/// While held, it counts requests and answers none, so every client connection stays open and busy.
/// </summary>
public sealed class HoldingHttpServer : IDisposable
{
    private static readonly byte[] Response = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok");
    private static readonly byte[] EndOfHeaders = Encoding.ASCII.GetBytes("\r\n\r\n");
    private readonly Socket listener;
    private readonly ConcurrentQueue<Socket> connections = new();
    private readonly ConcurrentDictionary<int, byte> clientPorts = new();
    private TaskCompletionSource gate = CompletedGate();
    private int requests;

    private HoldingHttpServer(Socket listener, IPEndPoint endPoint)
    {
        this.listener = listener;
        EndPoint = endPoint;
        _ = AcceptForeverAsync();
    }

    public IPEndPoint EndPoint { get; }

    public Uri Uri => new($"http://{EndPoint}/");

    /// <summary>Requests whose headers have arrived, answered or not.</summary>
    public int RequestsReceived => Volatile.Read(ref requests);

    public int ConnectionsAccepted => connections.Count;

    /// <summary>The source ports of the connections accepted so far.</summary>
    public ICollection<int> ClientPorts => clientPorts.Keys;

    public static HoldingHttpServer Start(IPEndPoint endPoint) => new(LoopbackListener.Listen(endPoint), endPoint);

    /// <summary>From now on, requests are counted but not answered until <see cref="ReleaseResponses"/>.</summary>
    public void HoldResponses()
    {
        if (Volatile.Read(ref gate).Task.IsCompleted)
        {
            Volatile.Write(ref gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    public void ReleaseResponses() => Volatile.Read(ref gate).TrySetResult();

    public void Dispose()
    {
        ReleaseResponses();
        listener.Dispose();
        while (connections.TryDequeue(out var connection))
        {
            connection.Dispose();
        }
    }

    private static TaskCompletionSource CompletedGate()
    {
        var completed = new TaskCompletionSource();
        completed.SetResult();
        return completed;
    }

    private async Task AcceptForeverAsync()
    {
        try
        {
            while (true)
            {
                var connection = await listener.AcceptAsync().ConfigureAwait(false);
                connections.Enqueue(connection);
                clientPorts.TryAdd(((IPEndPoint)connection.RemoteEndPoint!).Port, 0);
                _ = ServeAsync(connection);
            }
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException)
        {
            // Disposed at the end of the run.
        }
    }

    private async Task ServeAsync(Socket connection)
    {
        var buffer = new byte[8192];
        var filled = 0;
        try
        {
            while (true)
            {
                var read = await connection.ReceiveAsync(buffer.AsMemory(filled)).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                filled += read;
                int end;
                while ((end = buffer.AsSpan(0, filled).IndexOf(EndOfHeaders)) >= 0)
                {
                    // Requests are GETs without bodies: the headers are the whole request.
                    var consumed = end + EndOfHeaders.Length;
                    buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                    filled -= consumed;
                    Interlocked.Increment(ref requests);
                    await Volatile.Read(ref gate).Task.ConfigureAwait(false);
                    await connection.SendAsync(Response).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException)
        {
            // The client or the end of the run closed the connection.
        }
    }
}
