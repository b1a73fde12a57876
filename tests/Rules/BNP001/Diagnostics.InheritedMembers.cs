using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A socket held by a base class, given by the derived class's constructors, bound and connected in a derived method.
    public sealed partial class Diagnostics
    {
        public const string BasePropertySetFromAThisAndBaseConstructorChain = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            abstract class Channel
            {
                protected Channel(Socket socket)
                {
                    Socket = socket;
                }

                protected Socket Socket { get; }
            }

            sealed class TcpChannel : Channel
            {
                public TcpChannel()
                    : this(new Socket(SocketType.Stream, ProtocolType.Tcp))
                {
                }

                private TcpChannel(Socket socket)
                    : base(socket)
                {
                }

                public async Task OpenAsync(IPEndPoint local, EndPoint remote)
                {
                    {|#0:Socket.Bind(local)|};
                    await Socket.ConnectAsync(remote);
                }
            }
            """;

        [Fact]
        public Task Inherited_PropertySetThroughThisAndBase() => VerifyCS.VerifyAnalyzerAsync(
            BasePropertySetFromAThisAndBaseConstructorChain,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("Socket", "remote", "a port that may be 0, from parameter 'local'"));

        // The derived class makes TCP sockets for itself and also takes one from its caller: a TCP class either way.
        public const string BasePropertyFromOwnTcpSocketsAndACallersSocket = """
            using System.Net;
            using System.Net.Sockets;

            abstract class Channel
            {
                protected Channel(Socket socket) => Socket = socket;

                protected Socket Socket { get; }

                protected abstract bool Open(EndPoint remote, EndPoint local);
            }

            class TcpChannel : Channel
            {
                public TcpChannel()
                    : this(new Socket(SocketType.Stream, ProtocolType.Tcp))
                {
                }

                public TcpChannel(AddressFamily family)
                    : this(new Socket(family, SocketType.Stream, ProtocolType.Tcp))
                {
                }

                public TcpChannel(Socket socket)
                    : this(socket, connected: false)
                {
                }

                internal TcpChannel(Socket socket, bool connected)
                    : base(socket)
                {
                }

                protected override bool Open(EndPoint remote, EndPoint local)
                {
                    if (local != null)
                    {
                        {|#0:Socket.Bind(local)|};
                    }

                    var operation = new SocketAsyncEventArgs { RemoteEndPoint = remote };
                    return !Socket.ConnectAsync(operation);
                }
            }
            """;

        [Fact]
        public Task Inherited_OwnTcpSocketsAndACallersSocket() => VerifyCS.VerifyAnalyzerAsync(
            BasePropertyFromOwnTcpSocketsAndACallersSocket,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("Socket", "operation", "a port that may be 0, from parameter 'local'"));

        public const string BaseFieldSetFromTheDerivedConstructor = """
            using System.Net;
            using System.Net.Sockets;

            abstract class Peer
            {
                protected readonly Socket socket;

                protected Peer(Socket socket) => this.socket = socket;
            }

            sealed class TcpPeer : Peer
            {
                public TcpPeer()
                    : base(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
                {
                }

                public void Open(IPAddress local, EndPoint remote)
                {
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Inherited_FieldSetByBase() => VerifyCS.VerifyAnalyzerAsync(
            BaseFieldSetFromTheDerivedConstructor,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string GetOnlyOverrideOfTheSocketProperty = """
            using System.Net;
            using System.Net.Sockets;

            abstract class Transport
            {
                public abstract Socket Socket { get; }
            }

            sealed class TcpTransport : Transport
            {
                public override Socket Socket { get; } = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                public void Open(IPAddress local, EndPoint remote)
                {
                    {|#0:Socket.Bind(new IPEndPoint(local, 0))|};
                    Socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Inherited_GetOnlyOverride() => VerifyCS.VerifyAnalyzerAsync(
            GetOnlyOverrideOfTheSocketProperty,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("Socket", "remote", "port 0"));

        // The socket made in the base-constructor argument itself, with an object initializer; the base's other
        // subclass is handed an accepted socket and is not this class.
        private const string SessionBase = """
            using System.Net;
            using System.Net.Sockets;

            abstract class Session
            {
                protected Session(Socket socket, int bufferSize)
                {
                    Socket = socket;
                    BufferSize = bufferSize;
                }

                protected Socket Socket { get; }

                public int BufferSize { get; }
            }

            sealed class InboundSession : Session
            {
                public InboundSession(Socket accepted) : base(accepted, 4096)
                {
                }
            }

            """;

        public const string SocketMadeInTheBaseConstructorArgument = SessionBase + """
            sealed class OutboundSession : Session
            {
                private readonly EndPoint _remote;

                public OutboundSession(IPAddress local, EndPoint remote)
                    : base(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true }, 4096)
                {
                    _remote = remote;
                    {|#0:Socket.Bind(new IPEndPoint(local, 0))|};
                }

                public void Open() => Socket.Connect(_remote);
            }
            """;

        [Fact]
        public Task Inherited_SocketMadeInTheBaseConstructorArgument() => VerifyCS.VerifyAnalyzerAsync(
            SocketMadeInTheBaseConstructorArgument,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("Socket", "_remote", "port 0"));

        // The same, connected with SocketAsyncEventArgs.
        [Fact]
        public Task Inherited_SocketMadeInTheBaseConstructorArgument_ConnectedWithEventArgs() => VerifyCS.VerifyAnalyzerAsync(
            SessionBase + """
            sealed class OutboundSession : Session
            {
                private readonly SocketAsyncEventArgs _connect = new SocketAsyncEventArgs();

                public OutboundSession(IPAddress local, EndPoint remote)
                    : base(new Socket(SocketType.Stream, ProtocolType.Tcp), 4096)
                {
                    _connect.RemoteEndPoint = remote;
                    {|#0:Socket.Bind(new IPEndPoint(local, 0))|};
                }

                public bool Open() => Socket.ConnectAsync(_connect);
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("Socket", "_connect", "port 0"));
    }
}
