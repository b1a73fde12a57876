using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    public sealed partial class Valid
    {
        private const string SocketWrapper = """


            sealed class SocketWrapper
            {
                private readonly Socket socket;

                public SocketWrapper(AddressFamily family, SocketType type, ProtocolType protocol)
                {
                    socket = new Socket(family, type, protocol);
                }

                public void Bind(EndPoint localEndPoint) => socket.Bind(localEndPoint);

                public void Connect(EndPoint remoteEndPoint) => socket.Connect(remoteEndPoint);

                public void Listen(int backlog) => socket.Listen(backlog);
            }
            """;

        public const string WrapperThatListens = """
            using System.Net;
            using System.Net.Sockets;

            class Server
            {
                void Start(IPAddress local)
                {
                    var wrapper = new SocketWrapper(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    wrapper.Bind(new IPEndPoint(local, 0));
                    wrapper.Listen(16);
                }
            }
            """ + SocketWrapper;

        [Fact]
        public Task Wrapper_ThatListensIsAServer() => VerifyCS.VerifyAnalyzerAsync(WrapperThatListens);

        public const string WrapperOfADatagramSocket = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var wrapper = new SocketWrapper(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                    wrapper.Bind(new IPEndPoint(local, 0));
                    wrapper.Connect(remote);
                }
            }
            """ + SocketWrapper;

        [Fact]
        public Task Wrapper_OfADatagramSocket() => VerifyCS.VerifyAnalyzerAsync(WrapperOfADatagramSocket);

        public const string WrapperOfAStreamOfConfiguredFamilyAndProtocol = """
            using System.Net;
            using System.Net.Sockets;

            sealed class ChannelOptions
            {
                public AddressFamily Family { get; set; }

                public ProtocolType Protocol { get; set; }

                public EndPoint Local { get; set; }
            }

            class Dialer
            {
                void Open(ChannelOptions options, EndPoint remote)
                {
                    var wrapper = new SocketWrapper(options.Family, SocketType.Stream, options.Protocol);
                    if (options.Local is not null)
                    {
                        wrapper.Bind(options.Local);
                    }

                    wrapper.Connect(remote);
                }
            }
            """ + SocketWrapper;

        // A stream of a family and a protocol that both come from configuration may be Unix-domain: not known to be TCP.
        [Fact]
        public Task Wrapper_StreamOfConfiguredFamilyAndProtocolIsNotKnownToBeTcp() => VerifyCS.VerifyAnalyzerAsync(WrapperOfAStreamOfConfiguredFamilyAndProtocol);

        private const string ChannelOverAGivenSocket = """


            sealed class Channel
            {
                private readonly Socket _socket;

                public Channel(Socket socket) => _socket = socket;

                public void Bind(EndPoint local) => _socket.Bind(local);

                public void Connect(EndPoint remote) => _socket.Connect(remote);
            }
            """;

        // The twin of a TCP socket handed to the wrapper: a datagram socket's connect only sets its default destination.
        [Fact]
        public Task Wrapper_OverAGivenDatagramSocket() => VerifyCS.VerifyAnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var channel = new Channel(new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp));
                    channel.Bind(new IPEndPoint(local, 0));
                    channel.Connect(remote);
                }
            }
            """ + ChannelOverAGivenSocket);

        // A socket of unknown kind handed in (the caller's own parameter): nothing says it is TCP.
        [Fact]
        public Task Wrapper_OverASocketOfUnknownKind() => VerifyCS.VerifyAnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(Socket socket, IPAddress local, EndPoint remote)
                {
                    var channel = new Channel(socket);
                    channel.Bind(new IPEndPoint(local, 0));
                    channel.Connect(remote);
                }
            }
            """ + ChannelOverAGivenSocket);

        // The wrapper may keep the socket it is given or make its own: which one it binds is not known.
        [Fact]
        public Task Wrapper_ThatMayReplaceTheGivenSocket() => VerifyCS.VerifyAnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote, bool datagram)
                {
                    var channel = new Channel(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp), datagram);
                    channel.Bind(new IPEndPoint(local, 0));
                    channel.Connect(remote);
                }
            }

            sealed class Channel
            {
                private readonly Socket _socket;

                public Channel(Socket socket, bool datagram)
                {
                    _socket = socket;
                    if (datagram)
                    {
                        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                    }
                }

                public void Bind(EndPoint local) => _socket.Bind(local);

                public void Connect(EndPoint remote) => _socket.Connect(remote);
            }
            """);

        // A user that only makes the wrapped socket listen: a server.
        [Fact]
        public Task Wrapper_OverAGivenSocketThatListens() => VerifyCS.VerifyAnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;

            class Server
            {
                void Start(IPAddress local)
                {
                    var channel = new Channel(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp));
                    channel.Bind(new IPEndPoint(local, 0));
                    channel.Listen();
                }
            }

            sealed class Channel
            {
                private readonly Socket _socket;

                public Channel(Socket socket) => _socket = socket;

                public void Bind(EndPoint local) => _socket.Bind(local);

                public void Listen() => _socket.Listen(16);

                public void Connect(EndPoint remote) => _socket.Connect(remote);
            }
            """);
    }
}
