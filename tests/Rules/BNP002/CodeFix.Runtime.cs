using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.TcpClientBindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP002
{
    /// <summary>With BindNoPort.Runtime referenced: BoundTcpClient.Create replaces the constructor, BindForConnect replaces Client.Bind.</summary>
    public sealed partial class CodeFix
    {
        public const string ConstructorWithTheRuntime = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    using var client = {|#0:new TcpClient(new IPEndPoint(local, 0))|};
                    client.Connect(remote);
                }
            }
            """;

        public const string ConstructorWithTheRuntimeFixed = """
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    using var client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                    client.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task ConstructorBecomesBoundTcpClientWhenTheRuntimeIsReferenced() => new VerifyCS.Test
        {
            TestCode = ConstructorWithTheRuntime,
            FixedCode = ConstructorWithTheRuntimeFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote") },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync(CancellationToken.None);

        public const string BothShapesWithTheRuntime = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Constructor(IPAddress local, IPEndPoint remote)
                {
                    var client = {|#0:new TcpClient(new IPEndPoint(local, 0))|};
                    client.Connect(remote);
                }

                void ClientBind(IPAddress local, IPEndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    {|#1:client.Client.Bind(new IPEndPoint(local, 0))|};
                    client.Connect(remote);
                }
            }
            """;

        public const string BothShapesWithTheRuntimeFixed = """
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                void Constructor(IPAddress local, IPEndPoint remote)
                {
                    var client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                    client.Connect(remote);
                }

                void ClientBind(IPAddress local, IPEndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    client.Client.BindForConnect(new IPEndPoint(local, 0));
                    client.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task FixAllWithTheRuntimeCoversBothShapes() => new VerifyCS.Test
        {
            TestCode = BothShapesWithTheRuntime,
            FixedCode = BothShapesWithTheRuntimeFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote"),
                VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(1).WithArguments("client.Client", "remote"),
            },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync(CancellationToken.None);

        public const string ConstructorThenConnectAsyncFixedWithRuntime = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading;
            using System.Threading.Tasks;
            using BindNoPort;

            class C
            {
                async Task<TcpClient> OpenAsync(IPEndPoint local, IPEndPoint remote, CancellationToken cancellationToken)
                {
                    using var client = BoundTcpClient.Create(local);
                    await client.ConnectAsync(remote, cancellationToken);
                    return client;
                }
            }
            """;

        [Fact]
        public Task Runtime_Constructor_ThenConnectAsync_UsingVar() => new VerifyCS.Test
        {
            TestCode = Diagnostics.ConstructorThenConnectAsync,
            FixedCode = ConstructorThenConnectAsyncFixedWithRuntime,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote") },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync(CancellationToken.None);

        public const string ClientBindThenConnectAsyncFixedWithRuntime = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;
            using BindNoPort;

            class C
            {
                async Task OpenAsync(IPEndPoint local, string host)
                {
                    var client = new TcpClient();
                    client.Client.BindForConnect(local);
                    await client.ConnectAsync(host, 443);
                }
            }
            """;

        [Fact]
        public Task Runtime_ClientBind_ThenConnectAsync() => new VerifyCS.Test
        {
            TestCode = Diagnostics.ClientBindThenConnectAsync,
            FixedCode = ClientBindThenConnectAsyncFixedWithRuntime,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "host:443") },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync(CancellationToken.None);

        public const string AcrossMembersThroughFieldFixedWithRuntime = """
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                private readonly TcpClient client;

                public C(IPAddress local)
                {
                    client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                }

                public void Open(string host) => client.Connect(host, 443);
            }
            """;

        [Fact]
        public Task Runtime_AcrossMembers_Field() => new VerifyCS.Test
        {
            TestCode = Diagnostics.AcrossMembersThroughField,
            FixedCode = AcrossMembersThroughFieldFixedWithRuntime,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:443") },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync(CancellationToken.None);

        public const string AcrossMembersClientBindFixedWithRuntime = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;
            using BindNoPort;

            class C
            {
                private readonly TcpClient client = new TcpClient(AddressFamily.InterNetwork);

                public void BindLocal(IPAddress local) => client.Client.BindForConnect(new IPEndPoint(local, 0));

                public Task OpenAsync(string host) => client.ConnectAsync(host, 443);
            }
            """;

        [Fact]
        public Task Runtime_AcrossMembers_ClientBind() => new VerifyCS.Test
        {
            TestCode = Diagnostics.AcrossMembersClientBind,
            FixedCode = AcrossMembersClientBindFixedWithRuntime,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "host:443") },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync(CancellationToken.None);

        public const string InConnectCallbackFixedWithRuntime = """
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                HttpClient Create(IPAddress local) => new HttpClient(new SocketsHttpHandler
                {
                    ConnectCallback = async (context, cancellationToken) =>
                    {
                        var client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                        await client.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
                        return client.GetStream();
                    },
                });
            }
            """;

        [Fact]
        public Task Runtime_Lambda_ConnectCallback() => new VerifyCS.Test
        {
            TestCode = Diagnostics.InConnectCallback,
            FixedCode = InConnectCallbackFixedWithRuntime,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect)
                    .WithLocation(0)
                    .WithArguments("client", "context.DnsEndPoint.Host:context.DnsEndPoint.Port"),
            },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync(CancellationToken.None);
    }
}
