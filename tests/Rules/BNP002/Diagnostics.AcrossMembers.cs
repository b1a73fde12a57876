using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP002
{
    /// <summary>Where BNP002 fires beyond one statement list: bound in one member and connected in another through a field, or inside a lambda.</summary>
    public sealed partial class Diagnostics
    {
        public const string AcrossMembersThroughField = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly TcpClient client;

                public C(IPAddress local)
                {
                    client = {|#0:new TcpClient(new IPEndPoint(local, 0))|};
                }

                public void Open(string host) => client.Connect(host, 443);
            }
            """;

        [Fact]
        public Task AcrossMembers_Field() => VerifyCS.VerifyAnalyzerAsync(
            AcrossMembersThroughField,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:443"));

        public const string AcrossMembersClientBind = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                private readonly TcpClient client = new TcpClient(AddressFamily.InterNetwork);

                public void BindLocal(IPAddress local) => {|#0:client.Client.Bind(new IPEndPoint(local, 0))|};

                public Task OpenAsync(string host) => client.ConnectAsync(host, 443);
            }
            """;

        [Fact]
        public Task AcrossMembers_ClientBind() => VerifyCS.VerifyAnalyzerAsync(
            AcrossMembersClientBind,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "host:443"));

        public const string InConnectCallback = """
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;

            class C
            {
                HttpClient Create(IPAddress local) => new HttpClient(new SocketsHttpHandler
                {
                    ConnectCallback = async (context, cancellationToken) =>
                    {
                        var client = {|#0:new TcpClient(new IPEndPoint(local, 0))|};
                        await client.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
                        return client.GetStream();
                    },
                });
            }
            """;

        [Fact]
        public Task Lambda_ConnectCallback() => VerifyCS.VerifyAnalyzerAsync(
            InConnectCallback,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect)
                .WithLocation(0)
                .WithArguments("client", "context.DnsEndPoint.Host:context.DnsEndPoint.Port"));
    }
}
