using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace BindNoPort.Samples.Client
{
    /// <summary>HttpClient has no local-address setting, so the egress address is bound in ConnectCallback.</summary>
    internal static class EgressHttp
    {
        public static HttpClient CreateClient(IPAddress egress)
        {
            var handler = new SocketsHttpHandler
            {
                ConnectCallback = async (context, cancellationToken) =>
                {
                    var socket = new Socket(egress.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                    try
                    {
                        socket.Bind(new IPEndPoint(egress, 0));
                        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            };
            return new HttpClient(handler);
        }
    }
}
