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

    public const string OptionsFile = "SocketOptions.cs";

    /// <summary>The call BNP003 reports in <see cref="Options"/>: option 24 through SetSocketOption, which throws on Linux.</summary>
    public const string OptionTheWrongWay = "socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);";

    /// <summary>The call BNP004 reports in <see cref="Options"/>: the option set once the socket is bound.</summary>
    public const string OptionAfterBind = "socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));";

    /// <summary>Option helpers the program keeps for older callers but never runs: BNP003 and BNP004 for dotnet format to fix.</summary>
    public const string Options = """
        using System;
        using System.Net;
        using System.Net.Sockets;

        namespace Consumer;

        public static class SocketOptions
        {
            public static void DeferPort(Socket socket)
            {
                socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);
            }

            public static void BindDeferred(Socket socket, IPEndPoint local)
            {
                socket.Bind(local);
                socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
            }
        }
        """;

    public const string DialersFile = "Dialers.cs";

    /// <summary>More client code of the kind a service has: two more Binds and a TcpClient bound on one branch of a conditional.</summary>
    public const string Dialers = """
        using System.Net;
        using System.Net.Sockets;

        namespace Consumer;

        public static class Dialers
        {
            public static Socket Primary(IPAddress source, EndPoint destination)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(source, 0));
                socket.Connect(destination);
                return socket;
            }

            public static Socket Fallback(IPAddress source, EndPoint destination)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(source, 0));
                socket.Connect(destination);
                return socket;
            }

            public static TcpClient Client(IPEndPoint? source, string host, int port)
            {
                var client = source != null ? new TcpClient(source) : new TcpClient(AddressFamily.InterNetwork);
                client.Connect(host, port);
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
