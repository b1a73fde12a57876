using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Where the analysis cannot be sure, it stays silent: creation, protocol or connect not in sight, the socket replaced or handed away.
    public sealed partial class Valid
    {
        public const string CreationNotVisible = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(Socket socket, IPAddress local, EndPoint remote)
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_CreationNotVisible() => VerifyCS.VerifyAnalyzerAsync(CreationNotVisible);

        public const string CreationFromHandle = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(SafeSocketHandle handle, IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(handle);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_CreatedFromHandle() => VerifyCS.VerifyAnalyzerAsync(CreationFromHandle);

        public const string ProtocolNotKnown = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(AddressFamily family, IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(family, SocketType.Stream, ProtocolType.Unspecified);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_ProtocolNotKnown() => VerifyCS.VerifyAnalyzerAsync(ProtocolNotKnown);

        public const string ReassignedBeforeConnect = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote, Socket other)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket = other;
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_ReassignedBeforeConnect() => VerifyCS.VerifyAnalyzerAsync(ReassignedBeforeConnect);

        public const string ConnectNotVisible = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                Socket Create(IPAddress local)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(local, 0));
                    return socket;
                }
            }
            """;

        [Fact]
        public Task Connect_NotVisible() => VerifyCS.VerifyAnalyzerAsync(ConnectNotVisible);

        public const string ConnectWithoutBind = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Connect_WithoutBind() => VerifyCS.VerifyAnalyzerAsync(ConnectWithoutBind);

        public const string HandedToCodeNotSeenBeforeBind = """
            using System.Net;
            using System.Net.Sockets;

            interface IConfigurator
            {
                void Configure(Socket socket);
            }

            class C
            {
                void Open(IConfigurator configurator, IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    configurator.Configure(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Escape_HandedToCodeNotSeenBeforeBind() => VerifyCS.VerifyAnalyzerAsync(HandedToCodeNotSeenBeforeBind);
    }
}
