using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace BindNoPort.Samples.Client
{
    /// <summary>
    /// Checks an upstream's health from a chosen egress address, in each of the ways .NET code
    /// picks its source address: a raw socket, a TcpClient, an HttpClient, and the deferred-port way.
    /// </summary>
    internal static class Program
    {
        // usage: [egress]  |  capacity <egress> <upstream endpoint>...
        private static async Task<int> Main(string[] args)
        {
            if (args.Length > 2 && args[0] == "capacity")
            {
                return Capacity.Run(IPAddress.Parse(args[1]), args.Skip(2).Select(IPEndPoint.Parse).ToArray());
            }

            IPAddress egress = args.Length > 0 ? IPAddress.Parse(args[0]) : IPAddress.Loopback;

            // The upstream runs in-process on loopback so the sample needs no network.
            using StatusServer upstream = StatusServer.Start(new IPEndPoint(IPAddress.Loopback, 0));
            Console.WriteLine($"upstream {upstream.EndPoint}, egress {egress}");

            Console.WriteLine($"socket:        {UpstreamProbe.Check(egress, upstream.EndPoint)}");
            Console.WriteLine($"tcp client:    {LegacyProbe.Check(egress, upstream.EndPoint)}");
            Console.WriteLine($"deferred port: {DeferredPortProbe.Check(egress, upstream.EndPoint)}");

            using HttpClient http = EgressHttp.CreateClient(egress);
            using HttpResponseMessage response = await http.GetAsync(new Uri($"http://{upstream.EndPoint}/health"));
            Console.WriteLine($"http client:   {(int)response.StatusCode} {response.ReasonPhrase}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
    }
}
