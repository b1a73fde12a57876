using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using BenchmarkDotNet.Attributes;

namespace BindNoPort.Bench.Sockets
{
    /// <summary>
    /// What one TCP connection on loopback costs: connect alone, bind then connect, and the helper's
    /// BindForConnect (option, then bind) then connect. The client closes with linger 0: a reset leaves no
    /// TIME_WAIT, so millions of iterations do not exhaust the port range.
    /// </summary>
    [Config(typeof(ConnectionCostConfig))]
    public class ConnectionCost
    {
        private static readonly IPEndPoint LocalAnyPort = new IPEndPoint(IPAddress.Loopback, 0);
        private static readonly LingerOption ResetOnClose = new LingerOption(true, 0);

        private Socket? _listener;
        private Thread? _acceptor;
        private IPEndPoint _remote = LocalAnyPort;

        /// <summary>Starts a listener on loopback that accepts and closes every connection.</summary>
        [GlobalSetup]
        public void Setup()
        {
            _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen(4096);
            _remote = (IPEndPoint)_listener.LocalEndPoint!;
            _acceptor = new Thread(AcceptAndClose) { IsBackground = true, Name = "acceptor" };
            _acceptor.Start(_listener);
            if (!BindNoPort.PortDeferral.IsSupported)
            {
                throw new InvalidOperationException("IP_BIND_ADDRESS_NO_PORT is not supported here: the helper would measure nothing.");
            }
        }

        /// <summary>Stops the listener.</summary>
        [GlobalCleanup]
        public void Cleanup()
        {
            _listener?.Dispose();
            _acceptor?.Join();
        }

        /// <summary>Connect with no bind: the kernel picks the source address and port.</summary>
        [Benchmark(Baseline = true)]
        public void Connect()
        {
            var socket = NewClient();
            socket.Connect(_remote);
            Reset(socket);
        }

        /// <summary>Bind to (address, 0), which reserves a port, then connect.</summary>
        [Benchmark]
        public void BindThenConnect()
        {
            var socket = NewClient();
            socket.Bind(LocalAnyPort);
            socket.Connect(_remote);
            Reset(socket);
        }

        /// <summary>The helper: IP_BIND_ADDRESS_NO_PORT, bind to (address, 0), then connect.</summary>
        [Benchmark]
        public void BindForConnectThenConnect()
        {
            var socket = NewClient();
            BindNoPort.PortDeferral.BindForConnect(socket, LocalAnyPort);
            socket.Connect(_remote);
            Reset(socket);
        }

        private static Socket NewClient() => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        private static void Reset(Socket socket)
        {
            socket.LingerState = ResetOnClose;
            socket.Dispose();
        }

        private static void AcceptAndClose(object? state)
        {
            var listener = (Socket)state!;
            while (true)
            {
                Socket accepted;
                try
                {
                    accepted = listener.Accept();
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
