using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Sockets that are no TCP client: a server, UDP, raw, Unix domain, or a socket that may be UDP.
    public sealed partial class Valid
    {
        public const string Server = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                Socket Serve(IPAddress local)
                {
                    var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    listener.Bind(new IPEndPoint(local, 0));
                    listener.Listen(100);
                    return listener.Accept();
                }
            }
            """;

        [Fact]
        public Task Server_BindListenAccept() => VerifyCS.VerifyAnalyzerAsync(Server);

        public const string TcpOrUdpOnEitherBranch = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPEndPoint local, EndPoint remote, bool datagram)
                {
                    var socket = datagram
                        ? new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
                        : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(local);
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_TcpOrUdpOnEitherBranch() => VerifyCS.VerifyAnalyzerAsync(TcpOrUdpOnEitherBranch);

        public const string Udp = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var datagram = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                    datagram.Bind(new IPEndPoint(local, 0));
                    datagram.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_Udp() => VerifyCS.VerifyAnalyzerAsync(Udp);

        public const string Raw = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var raw = new Socket(AddressFamily.InterNetwork, SocketType.Raw, ProtocolType.Icmp);
                    raw.Bind(new IPEndPoint(local, 0));
                    raw.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_Raw() => VerifyCS.VerifyAnalyzerAsync(Raw);

        public const string UnixDomain = """
            using System.Net.Sockets;

            class C
            {
                void Open(string localPath, string remotePath)
                {
                    var unix = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    unix.Bind(new UnixDomainSocketEndPoint(localPath));
                    unix.Connect(new UnixDomainSocketEndPoint(remotePath));
                }
            }
            """;

        [Fact]
        public Task Socket_UnixDomain() => VerifyCS.VerifyAnalyzerAsync(UnixDomain);
    }
}
