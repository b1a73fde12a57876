using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;

namespace BindNoPort.Samples.Client
{
    /// <summary>
    /// How many connections one egress address holds open at once, spread over several upstreams,
    /// with and without the deferred port. Meant for a network namespace with a narrowed port range.
    /// </summary>
    internal static class Capacity
    {
        // Counting exhausts the ephemeral ports of the network namespace it runs in.
        private const int LargestRangeToExhaust = 1000;

        public static int Run(IPAddress egress, IReadOnlyList<IPEndPoint> upstreams)
        {
            if (!TryReadPortRange(out int low, out int high) || high - low + 1 > LargestRangeToExhaust)
            {
                Console.Error.WriteLine($"capacity exhausts the ephemeral port range; run it in a network namespace whose range holds at most {LargestRangeToExhaust} ports (see samples/namespace-demo.sh).");
                return 2;
            }

            var servers = new List<StatusServer>();
            try
            {
                foreach (IPEndPoint upstream in upstreams)
                {
                    servers.Add(StatusServer.Start(upstream));
                }

                Console.WriteLine($"ephemeral ports {low}-{high} ({high - low + 1}), {upstreams.Count} upstreams, egress {egress}");
                Report("bind, then connect", Measure(UpstreamProbe.Connect, egress, upstreams));
                Report("IP_BIND_ADDRESS_NO_PORT, bind, connect", Measure(DeferredPortProbe.Connect, egress, upstreams));
                return 0;
            }
            finally
            {
                servers.ForEach(server => server.Dispose());
            }
        }

        private static (int Connections, string StoppedBy) Measure(Func<IPAddress, IPEndPoint, Socket> connect, IPAddress egress, IReadOnlyList<IPEndPoint> upstreams)
        {
            var open = new List<Socket>();
            try
            {
                // Every connection stays open until the count ends, as a busy client's would.
                while (true)
                {
                    open.Add(connect(egress, upstreams[open.Count % upstreams.Count]));
                }
            }
            catch (SocketException exception)
            {
                return (open.Count, exception.SocketErrorCode.ToString());
            }
            finally
            {
                open.ForEach(socket => socket.Dispose());
            }
        }

        private static void Report(string how, (int Connections, string StoppedBy) result)
        {
            Console.WriteLine($"{how,-40} {result.Connections,6} connections, then {result.StoppedBy}");
        }

        private static bool TryReadPortRange(out int low, out int high)
        {
            low = high = 0;
            const string path = "/proc/sys/net/ipv4/ip_local_port_range";
            if (!File.Exists(path))
            {
                return false;
            }

            string[] bounds = File.ReadAllText(path).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return bounds.Length == 2 && int.TryParse(bounds[0], out low) && int.TryParse(bounds[1], out high);
        }
    }
}
