using System;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The consumer's program: from one source address it opens connections round-robin over the
/// destinations, holding each open, until the first failure or the limit, and prints how far it got.
/// </summary>
internal static class ConsumerSources
{
    public const string ConnectionsFile = "Connections.cs";

    /// <summary>The statement BNP001 reports in <see cref="Connections"/>.</summary>
    public const string SocketBind = "socket.Bind(new IPEndPoint(source, 0));";

    /// <summary>The expression BNP002 reports in <see cref="Connections"/>.</summary>
    public const string TcpClientConstruction = "new TcpClient(new IPEndPoint(source, 0))";

    public const string Program = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net;
        using System.Net.Sockets;

        namespace Consumer;

        public static class Program
        {
            // usage: socket|tcpclient <limit> <destination>...
            public static int Main(string[] args)
            {
                bool viaTcpClient = args[0] == "tcpclient";
                int limit = int.Parse(args[1]);
                IPEndPoint[] destinations = args.Skip(2).Select(IPEndPoint.Parse).ToArray();
                IPAddress source = IPAddress.Parse("127.0.0.1");
                var open = new List<IDisposable>();
                string stoppedBy = "limit";
                try
                {
                    while (open.Count < limit)
                    {
                        IPEndPoint destination = destinations[open.Count % destinations.Length];
                        open.Add(viaTcpClient ? Connections.ViaTcpClient(source, destination) : Connections.ViaSocket(source, destination));
                    }
                }
                catch (SocketException exception)
                {
                    stoppedBy = exception.SocketErrorCode.ToString();
                }

                Console.WriteLine($"{{\"connections\": {open.Count}, \"stoppedBy\": \"{stoppedBy}\"}}");
                open.ForEach(connection => connection.Dispose());
                return 0;
            }
        }
        """;

    public const string Connections = """
        using System.Net;
        using System.Net.Sockets;

        namespace Consumer;

        public static class Connections
        {
            public static Socket ViaSocket(IPAddress source, IPEndPoint destination)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(source, 0));
                socket.Connect(destination);
                return socket;
            }

            public static TcpClient ViaTcpClient(IPAddress source, IPEndPoint destination)
            {
                var client = new TcpClient(new IPEndPoint(source, 0));
                client.Connect(destination);
                return client;
            }
        }
        """;

    /// <summary>The 1-based line of the first line of <paramref name="source"/> containing <paramref name="text"/>.</summary>
    public static int LineOf(string source, string text)
    {
        string[] lines = source.Split('\n');
        int index = Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new ArgumentException($"'{text}' is not in the source.", nameof(text));
        }

        return index + 1;
    }
}
