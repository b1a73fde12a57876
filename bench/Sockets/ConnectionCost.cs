using System;
using System.Net;
using BenchmarkDotNet.Attributes;

namespace BindNoPort.Bench.Sockets
{
    /// <summary>
    /// What one TCP connection on loopback costs: connect alone, bind then connect, and the helper's
    /// BindForConnect (option, then bind) then connect.
    /// </summary>
    [Config(typeof(ConnectionCostConfig))]
    public class ConnectionCost
    {
        private static readonly IPEndPoint LocalAnyPort = new IPEndPoint(IPAddress.Loopback, 0);

        private LoopbackListener? _listener;
        private IPEndPoint _remote = LocalAnyPort;

        /// <summary>Starts the listener.</summary>
        [GlobalSetup]
        public void Setup()
        {
            if (!BindNoPort.PortDeferral.IsSupported)
            {
                throw new InvalidOperationException("IP_BIND_ADDRESS_NO_PORT is not supported here: the helper would measure nothing.");
            }

            _listener = new LoopbackListener();
            _remote = _listener.EndPoint;
        }

        /// <summary>Stops the listener.</summary>
        [GlobalCleanup]
        public void Cleanup() => _listener?.Dispose();

        /// <summary>Connect with no bind: the kernel picks the source address and port.</summary>
        [Benchmark(Baseline = true)]
        public void Connect()
        {
            var socket = LoopbackListener.NewClient();
            socket.Connect(_remote);
            LoopbackListener.Reset(socket);
        }

        /// <summary>Bind to (address, 0), which reserves a port, then connect.</summary>
        [Benchmark]
        public void BindThenConnect()
        {
            var socket = LoopbackListener.NewClient();
            socket.Bind(LocalAnyPort);
            socket.Connect(_remote);
            LoopbackListener.Reset(socket);
        }

        /// <summary>The helper: IP_BIND_ADDRESS_NO_PORT, bind to (address, 0), then connect.</summary>
        [Benchmark]
        public void BindForConnectThenConnect()
        {
            var socket = LoopbackListener.NewClient();
            BindNoPort.PortDeferral.BindForConnect(socket, LocalAnyPort);
            socket.Connect(_remote);
            LoopbackListener.Reset(socket);
        }
    }
}
