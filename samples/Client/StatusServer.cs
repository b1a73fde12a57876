using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace BindNoPort.Samples.Client
{
    /// <summary>
    /// A minimal upstream answering every request with 200 OK. A server binds and listens without
    /// ever connecting, so nothing here is reported.
    /// </summary>
    internal sealed class StatusServer : IDisposable
    {
        private static readonly byte[] Response = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK");

        private readonly Socket listener;
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();

        private StatusServer(Socket listener)
        {
            this.listener = listener;
        }

        public IPEndPoint EndPoint => (IPEndPoint)listener.LocalEndPoint!;

        public static StatusServer Start(IPEndPoint endPoint)
        {
            var listener = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(endPoint);
            listener.Listen(backlog: 512);
            var server = new StatusServer(listener);
            _ = server.ServeAsync();
            return server;
        }

        public void Dispose()
        {
            stopping.Cancel();
            listener.Dispose();
            stopping.Dispose();
        }

        private async Task ServeAsync()
        {
            try
            {
                while (true)
                {
                    Socket connection = await listener.AcceptAsync(stopping.Token);
                    _ = RespondAsync(connection);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (ObjectDisposedException)
            {
            }
        }

        private static async Task RespondAsync(Socket connection)
        {
            using (connection)
            {
                var buffer = new byte[4096];
                int received = 0;
                while (received < buffer.Length)
                {
                    int read = await connection.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None);
                    if (read == 0)
                    {
                        break;
                    }

                    received += read;
                    if (Encoding.ASCII.GetString(buffer, 0, received).Contains("\r\n\r\n", StringComparison.Ordinal))
                    {
                        break;
                    }
                }

                await connection.SendAsync(Response, SocketFlags.None);
                connection.Shutdown(SocketShutdown.Both);
            }
        }
    }
}
