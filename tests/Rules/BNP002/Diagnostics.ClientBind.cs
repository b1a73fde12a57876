using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP002
{
    /// <summary>Where BNP002 fires: an unbound TcpClient whose socket is bound through Client.Bind, then connected.</summary>
    public sealed partial class Diagnostics
    {
        public const string ClientBindThenConnect = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, IPEndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    {|#0:client.Client.Bind(new IPEndPoint(local, 0))|};
                    client.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task ClientBind_ThenConnect() => VerifyCS.VerifyAnalyzerAsync(
            ClientBindThenConnect,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "remote"));

        public const string ClientBindThenConnectAsync = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPEndPoint local, string host)
                {
                    var client = new TcpClient();
                    {|#0:client.Client.Bind(local)|};
                    await client.ConnectAsync(host, 443);
                }
            }
            """;

        [Fact]
        public Task ClientBind_ThenConnectAsync() => VerifyCS.VerifyAnalyzerAsync(
            ClientBindThenConnectAsync,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "host:443"));
    }
}
