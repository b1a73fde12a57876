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

        // A connection object that makes its TCP socket and forwards Bind and ConnectAsync to it: the wrapper's own Bind is
        // reported, its parameter the way in.
        public const string WrapperMakingItsSocket = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            namespace Sample
            {
                public sealed class Connection
                {
                    private readonly Socket _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                    public void Bind(IPEndPoint local) => _socket.Bind(local);

                    public Task ConnectAsync(EndPoint remote) => _socket.ConnectAsync(remote);
                }
            }
            """;

        // A channel that keeps the socket it is given, and the library's own dialer that hands it a TCP socket, binds the
        // channel to an address of its caller's and connects it: reported at the dialer's call.
        public const string WrapperOverAGivenSocket = """
            using System.Net;
            using System.Net.Sockets;

            namespace Sample
            {
                public sealed class Dialer
                {
                    public Channel Open(IPAddress local, EndPoint remote)
                    {
                        var channel = new Channel(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp));
                        channel.Bind(new IPEndPoint(local, 0));
                        channel.Connect(remote);
                        return channel;
                    }
                }

                public sealed class Channel
                {
                    private readonly Socket _socket;

                    public Channel(Socket socket) => _socket = socket;

                    public void Bind(EndPoint local) => _socket.Bind(local);

                    public void Connect(EndPoint remote) => _socket.Connect(remote);
                }
            }
            """;

        // A session base class keeping the socket its constructor is given; the outbound subclass makes a TCP socket in the
        // base-constructor argument, binds it in its own constructor and connects it later. The inbound one is handed an
        // accepted socket.
        public const string SocketMadeInABaseConstructorArgument = """
            using System.Net;
            using System.Net.Sockets;

            namespace Sample
            {
                public abstract class Session
                {
                    protected Session(Socket socket) => Socket = socket;

                    protected Socket Socket { get; }
                }

                public sealed class OutboundSession : Session
                {
                    private readonly EndPoint _remote;

                    public OutboundSession(IPEndPoint local, EndPoint remote)
                        : base(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true })
                    {
                        _remote = remote;
                        Socket.Bind(local);
                    }

                    public void Open() => Socket.Connect(_remote);
                }

                public sealed class InboundSession : Session
                {
                    public InboundSession(Socket accepted) : base(accepted)
                    {
                    }
                }
            }
            """;
    }
}
