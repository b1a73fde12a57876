using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A wrapper of the compilation forwards Bind, Connect and Listen to the Socket it holds: a call on it is a call on that socket.
    public sealed partial class Diagnostics
    {
        private const string SocketWrapper = """


            sealed class SocketWrapper
            {
                private readonly Socket socket;

                public SocketWrapper(AddressFamily family, SocketType type, ProtocolType protocol)
                {
                    socket = new Socket(family, type, protocol);
                }

                public void Bind(EndPoint localEndPoint) => {|#1:socket.Bind(localEndPoint)|};

                public void Connect(EndPoint remoteEndPoint) => socket.Connect(remoteEndPoint);

                public void Listen(int backlog) => socket.Listen(backlog);
            }
            """;

        public const string WrapperOfAStreamSocketOfAVariableProtocol = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(ProtocolType protocol, IPAddress local, EndPoint remote)
                {
                    var wrapper = new SocketWrapper(AddressFamily.InterNetwork, SocketType.Stream, protocol);
                    {|#0:wrapper.Bind(new IPEndPoint(local, 0))|};
                    wrapper.Connect(remote);
                }
            }
            """ + SocketWrapper;

        [Fact]
        public Task Wrapper_StreamSocketOfAVariableProtocol() => VerifyCS.VerifyAnalyzerAsync(
            WrapperOfAStreamSocketOfAVariableProtocol,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("wrapper", "remoteEndPoint", "port 0"));

        // A wrapper that keeps the socket its constructor is given: the socket its user hands in is the one it binds and connects.
        private const string ChannelOverAGivenSocket = """


            sealed class Channel
            {
                private readonly Socket _socket;

                public Channel(Socket socket) => _socket = socket;

                public void Bind(EndPoint local) => {|#1:_socket.Bind(local)|};

                public void Connect(EndPoint remote) => _socket.Connect(remote);
            }
            """;

        public const string WrapperOverASocketMadeInTheArgument = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var channel = new Channel(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp));
                    {|#0:channel.Bind(new IPEndPoint(local, 0))|};
                    channel.Connect(remote);
                }
            }
            """ + ChannelOverAGivenSocket;

        [Fact]
        public Task Wrapper_OverASocketMadeInTheArgument() => VerifyCS.VerifyAnalyzerAsync(
            WrapperOverASocketMadeInTheArgument,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("channel", "remote", "port 0"));

        [Fact]
        public Task Wrapper_OverASocketOfALocal() => VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    var channel = new Channel(socket);
                    {|#0:channel.Bind(new IPEndPoint(local, 0))|};
                    channel.Connect(remote);
                }
            }
            """ + ChannelOverAGivenSocket,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("channel", "remote", "port 0"));

        // A wrapper that makes its TCP socket and connects it in another member reports its own Bind, which its
        // analysis sees as bound then connected; the call through it is the same bind and is not reported again.
        [Fact]
        public Task Wrapper_ThatReportsItsOwnBind_IsNotReportedAgainAtTheCall() => VerifyCS.VerifyAnalyzerAsync(
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var client = new Client(remote);
                    client.Bind(new IPEndPoint(local, 0));
                    client.BeginConnect(null);
                }
            }

            sealed class Client
            {
                private readonly EndPoint _remote;
                private readonly Socket _socket;

                public Client(EndPoint remote)
                {
                    _remote = remote;
                    _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                }

                public void Bind(IPEndPoint local) => {|#0:_socket.Bind(local)|};

                public IAsyncResult BeginConnect(AsyncCallback callback) => _socket.BeginConnect(_remote, callback, null);
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("_socket", "_remote", "a port that may be 0, from parameter 'local'"));

        // The socket handed in comes from a factory of the compilation: what the factory returns is what the wrapper holds.
        [Fact]
        public Task Wrapper_OverASocketAFactoryReturns() => VerifyCS.VerifyAnalyzerAsync(
            """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var channel = new Channel(CreateSocket());
                    {|#0:channel.Bind(new IPEndPoint(local, 0))|};
                    channel.Connect(remote);
                }

                private static Socket CreateSocket() => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            }
            """ + ChannelOverAGivenSocket,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("channel", "remote", "port 0"));
    }
}
