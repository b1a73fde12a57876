using System;
using System.Net.Sockets;
using System.Text;

namespace BindNoPort.Samples.Client
{
    /// <summary>The exchange every probe makes once connected: one HTTP request, its status line back.</summary>
    internal static class HealthCheck
    {
        private static readonly byte[] Request = Encoding.ASCII.GetBytes("GET /health HTTP/1.1\r\nHost: upstream\r\nConnection: close\r\n\r\n");

        public static string Exchange(Socket connected)
        {
            connected.Send(Request);
            var buffer = new byte[512];
            int received = 0;
            int read;
            while (received < buffer.Length && (read = connected.Receive(buffer, received, buffer.Length - received, SocketFlags.None)) > 0)
            {
                received += read;
            }

            string response = Encoding.ASCII.GetString(buffer, 0, received);
            int endOfStatusLine = response.IndexOf("\r\n", StringComparison.Ordinal);
            return endOfStatusLine < 0 ? response : response.Substring(0, endOfStatusLine);
        }
    }
}
