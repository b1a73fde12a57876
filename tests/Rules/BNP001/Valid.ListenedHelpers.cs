using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A server's own methods: Start binds its acceptor and listens on it at once, so a call of Start binds nothing a caller connects.
    public sealed partial class Valid
    {
        public const string ServerRestartCallsStart = """
            using System.Net;
            using System.Net.Sockets;

            class EchoServer
            {
                private readonly IPEndPoint endPoint;
                private Socket? acceptor;

                public EchoServer(IPEndPoint endPoint) => this.endPoint = endPoint;

                public void Start()
                {
                    acceptor = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                    acceptor.Bind(endPoint);
                    acceptor.Listen(128);
                }

                public void Stop() => acceptor?.Dispose();

                public void Restart()
                {
                    Stop();
                    Start();
                }
            }

            class Monitor
            {
                public void Probe(EchoServer server, EndPoint remote)
                {
                    server.Restart();
                    using var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    client.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task ListenedHelper_ServerRestartCallsStart() => VerifyCS.VerifyAnalyzerAsync(ServerRestartCallsStart);

        // Not caught: a helper that listens on any of its paths makes a server's socket for every caller. Telling the
        // caller's path apart would need the helper's facts per value of its parameter, which a summary does not keep.
        public const string HelperListensOnlyWhenPassive = """
            using System.Net;
            using System.Net.Sockets;

            class Peer
            {
                private readonly IPAddress localAddress;
                private Socket? socket;

                public Peer(IPAddress localAddress) => this.localAddress = localAddress;

                public void Dial(EndPoint remote)
                {
                    Open(passive: false);
                    socket!.Connect(remote);
                }

                private void Open(bool passive)
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(localAddress, 0));
                    if (passive)
                    {
                        socket.Listen(16);
                    }
                }
            }
            """;

        [Fact]
        public Task ListenedHelper_OnlyOnOnePathIsTakenAsAServer() => VerifyCS.VerifyAnalyzerAsync(HelperListensOnlyWhenPassive);
    }
}
