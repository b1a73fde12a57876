using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace BindNoPort.Tests.Runtime;

/// <summary>A loopback HTTP/1.1 responder whose body is the remote endpoint it saw: the client's source address and port.</summary>
internal sealed class RemoteEndPointEchoServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _serving;

    internal RemoteEndPointEchoServer(IPAddress address)
    {
        _listener = new TcpListener(address, 0);
        _listener.Start();
        _serving = ServeAsync();
    }

    internal int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        await _serving;
        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            Socket connection;
            try
            {
                connection = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                // Stopping the listener can end the pending accept as cancelled, aborted or disposed.
                return;
            }

            _ = RespondAsync(connection);
        }
    }

    private static async Task RespondAsync(Socket connection)
    {
        using (connection)
        using (NetworkStream stream = new(connection, ownsSocket: false))
        {
            byte[] request = new byte[8192];
            int received = 0;
            while (!Encoding.ASCII.GetString(request, 0, received).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                int read = await stream.ReadAsync(request.AsMemory(received));
                if (read == 0)
                {
                    return;
                }

                received += read;
            }

            string body = connection.RemoteEndPoint!.ToString()!;
            byte[] response = Encoding.ASCII.GetBytes(
                $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}");
            await stream.WriteAsync(response);
        }
    }
}
