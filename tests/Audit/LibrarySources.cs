namespace BindNoPort.Tests.Audit
{
    /// <summary>The shapes of library code the audit is tested on, each a whole assembly.</summary>
    internal static class LibrarySources
    {
        // A mail-style client: a public property, handed to an internal helper that binds and connects.
        public const string ClientWithLocalEndPointProperty = """
            using System.Net;
            using System.Net.Sockets;

            namespace Sample
            {
                public class MailClient
                {
                    public IPEndPoint? LocalEndPoint { get; set; }

                    public Socket Connect(string host, int port) => SocketFactory.Open(host, port, LocalEndPoint);
                }

                internal static class SocketFactory
                {
                    public static Socket Open(string host, int port, IPEndPoint? localEndPoint)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (localEndPoint != null)
                        {
                            socket.Bind(localEndPoint);
                        }

                        socket.Connect(host, port);
                        return socket;
                    }
                }
            }
            """;

        // A dialer whose public method's address parameter becomes the bound endpoint.
        public const string DialerWithAddressParameter = """
            using System.Net;
            using System.Net.Sockets;

            namespace Sample
            {
                public static class Dialer
                {
                    public static Socket Dial(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                        return socket;
                    }

                    public static TcpClient Client(IPEndPoint local, string host, int port)
                    {
                        var client = new TcpClient(local);
                        client.Connect(host, port);
                        return client;
                    }
                }
            }
            """;

        // Bound to the wildcard address: the endpoint comes from no member of the library.
        public const string ClientBoundToTheWildcard = """
            using System.Net;
            using System.Net.Sockets;

            namespace Sample
            {
                public static class Wildcard
                {
                    public static Socket Dial(EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.Bind(new IPEndPoint(IPAddress.Any, 0));
                        socket.Connect(remote);
                        return socket;
                    }
                }
            }
            """;

        public const string Server = """
            using System.Net;
            using System.Net.Sockets;

            namespace Sample
            {
                public sealed class Listener
                {
                    public IPEndPoint LocalEndPoint { get; set; } = new IPEndPoint(IPAddress.Any, 8080);

                    public Socket Start()
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.Bind(LocalEndPoint);
                        socket.Listen(128);
                        return socket;
                    }
                }
            }
            """;

        public const string Udp = """
            using System.Net;
            using System.Net.Sockets;

            namespace Sample
            {
                public sealed class Datagrams
                {
                    public IPEndPoint? LocalEndPoint { get; set; }

                    public Socket Open(EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                        socket.Bind(LocalEndPoint ?? new IPEndPoint(IPAddress.Any, 0));
                        socket.Connect(remote);
                        return socket;
                    }
                }
            }
            """;

        public const string FixedClient = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            namespace Sample
            {
                public sealed class FixedClient
                {
                    public IPEndPoint? LocalEndPoint { get; set; }

                    public Socket Open(EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (LocalEndPoint != null)
                        {
                            if (OperatingSystem.IsLinux())
                            {
                                socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                            }

                            socket.Bind(LocalEndPoint);
                        }

                        socket.Connect(remote);
                        return socket;
                    }
                }
            }
            """;

        public const string NoSockets = """
            namespace Sample
            {
                public static class Arithmetic
                {
                    public static int Add(int left, int right) => left + right;
                }
            }
            """;
    }
}
