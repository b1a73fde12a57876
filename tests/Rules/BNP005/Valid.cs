using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP005
{
    /// <summary>Where BNP005 stays silent: servers, datagram sockets, and explicit ports never followed by a connect.</summary>
    public sealed partial class Valid
    {
        public const string ServerOnFixedPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Serve()
                {
                    var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    listener.Bind(new IPEndPoint(IPAddress.Any, 8080));
                    listener.Listen(100);
                }
            }
            """;

        [Fact]
        public Task Server_FixedPort() => VerifyCS.VerifyAnalyzerAsync(ServerOnFixedPort);

        public const string UdpOnFixedPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                    socket.Bind(new IPEndPoint(IPAddress.Any, 5353));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Udp_FixedPort() => VerifyCS.VerifyAnalyzerAsync(UdpOnFixedPort);

        public const string FixedPortNeverConnected = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                Socket Create()
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(IPAddress.Loopback, 5000));
                    return socket;
                }
            }
            """;

        [Fact]
        public Task Connect_NotVisible() => VerifyCS.VerifyAnalyzerAsync(FixedPortNeverConnected);
    }
}
