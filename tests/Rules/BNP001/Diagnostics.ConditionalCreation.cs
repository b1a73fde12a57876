using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A socket created in a conditional, one branch a TCP socket of each kind: the bind below reaches the connect.
    public sealed partial class Diagnostics
    {
        public const string CreatedInAConditionalThenBoundWhenThereIsALocalAddress = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress? local, EndPoint remote)
                {
                    var socket = local is null
                        ? new Socket(SocketType.Stream, ProtocolType.Tcp)
                        : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (local is not null)
                    {
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    }

                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Conditional_SocketOfEitherFamilyThenBound() => VerifyCS.VerifyAnalyzerAsync(
            CreatedInAConditionalThenBoundWhenThereIsALocalAddress,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string CreatedInASwitchExpressionIntoAField = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class Dialer
            {
                private Socket? socket;

                public async Task OpenAsync(AddressFamily family, IPEndPoint local, EndPoint remote)
                {
                    socket = family switch
                    {
                        AddressFamily.InterNetworkV6 => new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp),
                        _ => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp),
                    };
                    {|#0:socket.Bind(local)|};
                    await socket.ConnectAsync(remote);
                }
            }
            """;

        [Fact]
        public Task Conditional_SwitchExpressionIntoAField() => VerifyCS.VerifyAnalyzerAsync(
            CreatedInASwitchExpressionIntoAField,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from parameter 'local'"));
    }
}
