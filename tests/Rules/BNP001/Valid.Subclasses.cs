using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    public sealed partial class Valid
    {
        private const string KindedSocket = """


            class KindedSocket : Socket
            {
                public KindedSocket(SocketType type, ProtocolType protocol)
                    : this(AddressFamily.InterNetwork, type, protocol)
                {
                }

                private KindedSocket(AddressFamily family, SocketType type, ProtocolType protocol)
                    : base(family, type, protocol)
                {
                }
            }
            """;

        public const string SubclassOfADatagramSocket = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new KindedSocket(SocketType.Dgram, ProtocolType.Udp);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """ + KindedSocket;

        [Fact]
        public Task Subclass_DatagramKindHandedThroughTheChain() => VerifyCS.VerifyAnalyzerAsync(SubclassOfADatagramSocket);

        public const string SubclassThatListens = """
            using System.Net;
            using System.Net.Sockets;

            class Server
            {
                void Start(IPAddress local)
                {
                    var socket = new KindedSocket(SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Listen(16);
                }
            }
            """ + KindedSocket;

        [Fact]
        public Task Subclass_ThatListensIsAServer() => VerifyCS.VerifyAnalyzerAsync(SubclassThatListens);

        // The twin of Diagnostics.SubclassHidingConnectMethods on UDP: its forwarding connect reserves no TCP port.
        public const string DatagramSubclassHidingConnect = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class CountingDatagramSocket : Socket
            {
                public CountingDatagramSocket()
                    : base(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
                {
                }

                public int Attempts { get; private set; }

                public new Task ConnectAsync(EndPoint remote)
                {
                    Attempts++;
                    return base.ConnectAsync(remote);
                }
            }

            class Sender
            {
                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = new CountingDatagramSocket();
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(remote);
                }
            }
            """;

        [Fact]
        public Task Subclass_DatagramHidingConnect() => VerifyCS.VerifyAnalyzerAsync(DatagramSubclassHidingConnect);
    }
}
