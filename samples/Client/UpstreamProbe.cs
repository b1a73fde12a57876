using System.Net;
using System.Net.Sockets;

namespace BindNoPort.Samples.Client
{
    /// <summary>A raw socket that binds to the egress address, then connects.</summary>
    internal static class UpstreamProbe
    {
        public static string Check(IPAddress egress, IPEndPoint upstream)
        {
            using Socket socket = Connect(egress, upstream);
            return HealthCheck.Exchange(socket);
        }

        public static Socket Connect(IPAddress egress, IPEndPoint upstream)
        {
            var socket = new Socket(egress.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(egress, 0));
            socket.Connect(upstream);
            return socket;
        }
    }
}
