using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP002
{
    // A TcpClient made in a conditional, bound by its constructor on one branch only: that branch reaches the connect.
    public sealed partial class Diagnostics
    {
        public const string BoundOnOneBranchOfAConditional = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class Dialer
            {
                async Task<TcpClient> ConnectAsync(IPEndPoint? local, string host, int port)
                {
                    var client = local != null ? {|#0:new TcpClient(local)|} : new TcpClient(AddressFamily.InterNetwork);
                    await client.ConnectAsync(host, port);
                    return client;
                }
            }
            """;

        [Fact]
        public Task Conditional_BoundOnOneBranch() => VerifyCS.VerifyAnalyzerAsync(
            BoundOnOneBranchOfAConditional,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:port"));

        public const string BoundOnOneArmOfASwitchIntoAField = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                private TcpClient? client;

                void Connect(IPEndPoint? local, string host)
                {
                    client = local switch
                    {
                        null => new TcpClient(),
                        _ => {|#0:new TcpClient(local)|},
                    };
                    client.Connect(host, 80);
                }
            }
            """;

        [Fact]
        public Task Conditional_SwitchArmIntoAField() => VerifyCS.VerifyAnalyzerAsync(
            BoundOnOneArmOfASwitchIntoAField,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:80"));
    }
}
