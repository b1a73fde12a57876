using System.Net;
using System.Net.Sockets;

namespace BindNoPort.Samples.Client
{
    /// <summary>A TcpClient given its local endpoint in the constructor, which binds right there.</summary>
    internal static class LegacyProbe
    {
        public static string Check(IPAddress egress, IPEndPoint upstream)
        {
            using var client = new TcpClient(new IPEndPoint(egress, 0));
            client.Connect(upstream);
            return HealthCheck.Exchange(client.Client);
        }
    }
}
