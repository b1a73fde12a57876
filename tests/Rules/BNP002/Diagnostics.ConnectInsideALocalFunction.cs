using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP002
{
    // A TcpClient bound through Client.Bind and connected inside a local function: the flow follows the client into it.
    // (Moved from BNP001's Diagnostics, where it expected BNP002.)
    public sealed partial class Diagnostics
    {
        public const string ConnectInsideALocalFunction = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    {|#0:client.Client.Bind(new IPEndPoint(local, 0))|};
                    Connect();

                    void Connect() => client.Connect((IPEndPoint)remote);
                }
            }
            """;

        [Fact]
        public Task LocalFunction_ConnectInsideALocalFunction() => VerifyCS.VerifyAnalyzerAsync(
            ConnectInsideALocalFunction,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "(IPEndPoint)remote"));
    }
}
