using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Tests.Rules.BNP001
{
    // The TCP socket however it is made and named: dual mode, the endpoint's family, a conditional, a using, a null-conditional or
    // member-chain receiver, top-level statements.
    public sealed partial class Diagnostics
    {
        public const string DualModeSocket = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(EndPoint remote)
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(IPAddress.IPv6Any, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_DualMode() => VerifyCS.VerifyAnalyzerAsync(
            DualModeSocket,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public async Task Properties_NameTheSocketTheEndPointAndTheConnect()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(new VerifyCS.Test
            {
                TestCode = DualModeSocket,
                ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0") },
            });
            Assert.Equal(RuleIdentifiers.BindBeforeConnect, diagnostic.Id);
            Assert.Equal("socket", diagnostic.Properties["SocketExpression"]);
            Assert.Equal("true", diagnostic.Properties["BindsWildcardWithPortZero"]);
            Assert.Equal("SocketBind", diagnostic.Properties["BindForm"]);
            Assert.Equal("new IPEndPoint(IPAddress.IPv6Any, 0)", diagnostic.Properties["LocalEndPoint"]);
            Assert.Equal("remote", diagnostic.Properties["ConnectTarget"]);
            Assert.Equal(
                "'socket' is bound to port 0 before it connects to remote: port 0 reserves an ephemeral port for every destination; set IP_BIND_ADDRESS_NO_PORT before Bind",
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        public const string AddressFamilyOfTheEndPoint = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPEndPoint local, EndPoint remote)
                {
                    var socket = new Socket(local.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_AddressFamilyOfTheEndPoint() => VerifyCS.VerifyAnalyzerAsync(
            AddressFamilyOfTheEndPoint,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from parameter 'local'"));

        public const string DefaultProtocolOnInterNetwork = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(EndPoint remote)
                {
                    var local = new IPEndPoint(IPAddress.Parse("10.0.0.2"), 0);
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.IP);
                    {|#0:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_DefaultProtocolOnInterNetwork() => VerifyCS.VerifyAnalyzerAsync(
            DefaultProtocolOnInterNetwork,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string CreatedOnEitherBranchOfAConditional = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPEndPoint local, EndPoint remote)
                {
                    var socket = local.AddressFamily == AddressFamily.InterNetworkV6
                        ? new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp)
                        : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Socket_CreatedOnEitherBranchOfAConditional() => VerifyCS.VerifyAnalyzerAsync(
            CreatedOnEitherBranchOfAConditional,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from parameter 'local'"));

        public const string UsingStatement = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
                    {
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
            }
            """;

        [Fact]
        public Task Using_Statement() => VerifyCS.VerifyAnalyzerAsync(
            UsingStatement,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string ConditionalAccess = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    Socket? socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket?.Bind(new IPEndPoint(local, 0))|};
                    socket?.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Receiver_ConditionalAccess() => VerifyCS.VerifyAnalyzerAsync(
            ConditionalAccess,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string MemberAccessChain = """
            using System.Net;
            using System.Net.Sockets;

            class Connection
            {
                public Socket? Socket { get; set; }
            }

            class C
            {
                private readonly Connection conn = new Connection();

                void Open(IPAddress local, EndPoint remote)
                {
                    this.conn.Socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:this.conn.Socket.Bind(new IPEndPoint(local, 0))|};
                    this.conn.Socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Receiver_MemberAccessChain() => VerifyCS.VerifyAnalyzerAsync(
            MemberAccessChain,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("this.conn.Socket", "remote", "port 0"));

        public const string TopLevelStatements = """
            using System.Net;
            using System.Net.Sockets;

            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            {|#0:socket.Bind(new IPEndPoint(IPAddress.Parse("10.0.0.2"), 0))|};
            socket.Connect(new IPEndPoint(IPAddress.Parse("10.0.0.1"), 80));
            """;

        [Fact]
        public Task TopLevel_Statements() => new VerifyCS.Test
        {
            TestCode = TopLevelStatements,
            TestState = { OutputKind = OutputKind.ConsoleApplication },
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "new IPEndPoint(IPAddress.Parse(\"10.0.0.1\"), 80)", "port 0") },
        }.RunAsync();
    }
}
