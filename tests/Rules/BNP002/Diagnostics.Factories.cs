using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP002
{
    public sealed partial class Diagnostics
    {
        public const string FactoryReturnsAConditionalOfClients = """
            using System.Net;
            using System.Net.Sockets;

            static class Clients
            {
                public static TcpClient Create(IPEndPoint? local) => local is null ? new TcpClient() : {|#1:new TcpClient(local)|};
            }

            class Dialer
            {
                void Open(IPEndPoint local, string host)
                {
                    var client = {|#0:Clients.Create(local)|};
                    client.Connect(host, 443);
                }
            }
            """;

        [Fact]
        public Task Factory_ReturnsAConditionalOfClients() => VerifyCS.VerifyAnalyzerAsync(
            FactoryReturnsAConditionalOfClients,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("client", "host:443"));
    }
}
