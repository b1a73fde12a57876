using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A field's or property's socket bound in one member and connected in another.
    public sealed partial class Diagnostics
    {
        public const string AcrossMembersThroughField = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                public void BindLocal(IPAddress local)
                {
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                }

                public void Open(EndPoint remote)
                {
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task AcrossMembers_Field() => VerifyCS.VerifyAnalyzerAsync(
            AcrossMembersThroughField,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string AcrossMembersThroughProperty = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                public C()
                {
                    Socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                }

                private Socket Socket { get; }

                public void BindLocal(IPEndPoint local)
                {
                    {|#0:Socket.Bind(local)|};
                }

                public async Task OpenAsync(EndPoint remote)
                {
                    await Socket.ConnectAsync(remote);
                }
            }
            """;

        [Fact]
        public Task AcrossMembers_Property() => VerifyCS.VerifyAnalyzerAsync(
            AcrossMembersThroughProperty,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("Socket", "remote", "a port that may be 0, from parameter 'local'"));

        public const string AcrossMembersCreatedAndBoundInOneMember = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private Socket? socket;

                public void Prepare(IPAddress local)
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                }

                public void Open(EndPoint remote) => socket?.Connect(remote);
            }
            """;

        [Fact]
        public Task AcrossMembers_CreatedAndBoundInOneMember() => VerifyCS.VerifyAnalyzerAsync(
            AcrossMembersCreatedAndBoundInOneMember,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));
    }
}
