using System;
using System.Net;
using System.Net.Sockets;

namespace BindNoPort.Samples.Client
{
    /// <summary>
    /// The same probe done right: IP_BIND_ADDRESS_NO_PORT set before Bind, so Linux picks the port at
    /// Connect and shares it across destinations.
    /// </summary>
    internal static class DeferredPortProbe
    {
        public static string Check(IPAddress egress, IPEndPoint upstream)
        {
            using Socket socket = Connect(egress, upstream);
            return HealthCheck.Exchange(socket);
        }

        public static Socket Connect(IPAddress egress, IPEndPoint upstream)
        {
            var socket = new Socket(egress.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            if (OperatingSystem.IsLinux())
            {
                socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
            }

            socket.Bind(new IPEndPoint(egress, 0));
            socket.Connect(upstream);
            return socket;
        }
    }
}
