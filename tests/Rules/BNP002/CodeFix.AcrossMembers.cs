using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.TcpClientBindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP002
{
    /// <summary>Without the runtime, the inline fix where the client is bound in one member and connected in another, or inside a lambda.</summary>
    public sealed partial class CodeFix
    {
        public const string AcrossMembersThroughFieldFixed = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly TcpClient client;

                public C(IPAddress local)
                {
                    client = new TcpClient(local.AddressFamily);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (System.OperatingSystem.IsLinux())
                    {
                        client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                    }
                    client.Client.Bind(new IPEndPoint(local, 0));
                }

                public void Open(string host) => client.Connect(host, 443);
            }
            """;

        [Fact]
        public Task AcrossMembers_Field() => new VerifyCS.Test
        {
            TestCode = Diagnostics.AcrossMembersThroughField,
            FixedCode = AcrossMembersThroughFieldFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:443") },
        }.RunAsync(CancellationToken.None);

        // BindLocal's body is an expression (=> client.Client.Bind(...)): no statement list to add the option block to.
        [Fact]
        public Task AcrossMembers_ClientBind_NoInlineFixInAnExpressionBody() => new VerifyCS.Test
        {
            TestCode = Diagnostics.AcrossMembersClientBind,
            FixedCode = Diagnostics.AcrossMembersClientBind,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "host:443") },
        }.RunAsync(CancellationToken.None);

        public const string InConnectCallbackFixed = """
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
                        var client = new TcpClient(local.AddressFamily);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (System.OperatingSystem.IsLinux())
                        {
                            client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                        }
                        client.Client.Bind(new IPEndPoint(local, 0));
                        await client.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
                        return client.GetStream();
                    },
                });
            }
            """;

        [Fact]
        public Task Lambda_ConnectCallback() => new VerifyCS.Test
        {
            TestCode = Diagnostics.InConnectCallback,
            FixedCode = InConnectCallbackFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect)
                    .WithLocation(0)
                    .WithArguments("client", "context.DnsEndPoint.Host:context.DnsEndPoint.Port"),
            },
        }.RunAsync(CancellationToken.None);
    }
}
