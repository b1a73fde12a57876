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
    }
}
