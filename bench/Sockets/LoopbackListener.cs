using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace BindNoPort.Bench.Sockets
{
    /// <summary>
    /// A listener on 127.0.0.1 whose thread accepts and closes every connection, and the client side
    /// the connection benchmarks share: a new TCP socket, and a close with linger 0 (a reset leaves no
    /// TIME_WAIT, so millions of connections do not exhaust the port range).
    /// </summary>
    public sealed class LoopbackListener : IDisposable
    {
        private static readonly LingerOption ResetOnClose = new LingerOption(true, 0);

        private readonly Socket _listener;
        private readonly Thread _acceptor;

        /// <summary>Starts listening on an ephemeral port of 127.0.0.1.</summary>
        public LoopbackListener()
        {
            _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen(4096);
            EndPoint = (IPEndPoint)_listener.LocalEndPoint!;
            _acceptor = new Thread(AcceptAndClose) { IsBackground = true, Name = "acceptor" };
            _acceptor.Start();
        }

        /// <summary>Where clients connect.</summary>
        public IPEndPoint EndPoint { get; }

        /// <summary>A new IPv4 TCP socket.</summary>
        public static Socket NewClient() => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        /// <summary>Closes with a reset.</summary>
        public static void Reset(Socket socket)
        {
            socket.LingerState = ResetOnClose;
            socket.Dispose();
        }

        /// <inheritdoc/>
        public void Dispose()
        {
            _listener.Dispose();
            _acceptor.Join();
        }

        private void AcceptAndClose()
        {
            while (true)
            {
                Socket accepted;
                try
                {
                    accepted = _listener.Accept();
                }
                catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
                {
                    return;
                }

                // The client resets first or the socket closes after its reset: no TIME_WAIT on either side.
                accepted.Dispose();
            }
        }
    }
}
