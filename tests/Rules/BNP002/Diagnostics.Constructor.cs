using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP002
{
    /// <summary>Where BNP002 fires: a TcpClient bound by its IPEndPoint constructor, then connected in the same member.</summary>
    public sealed partial class Diagnostics
    {
        public const string ConstructorThenConnect = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpClient Open(IPAddress local, string host)
                {
                    var client = {|#0:new TcpClient(new IPEndPoint(local, 0))|};
                    client.Connect(host, 443);
                    return client;
                }
            }
            """;

        [Fact]
        public Task Constructor_ThenConnect() => VerifyCS.VerifyAnalyzerAsync(
            ConstructorThenConnect,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:443"));

        [Fact]
        public Task Constructor_ThenConnect_OnNet100() => new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferences.Net100,
            TestCode = ConstructorThenConnect,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:443") },
        }.RunAsync(CancellationToken.None);

        [Fact]
        public Task Properties_NameTheClientAndTheForm() => new VerifyCS.Test
        {
            TestCode = ConstructorThenConnect,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:443") },
            DiagnosticVerifier = (diagnostic, _, verifier) =>
            {
                verifier.Equal("client", diagnostic.Properties[DiagnosticPropertyNames.SocketExpression]);
                verifier.Equal("TcpClientConstructor", diagnostic.Properties[DiagnosticPropertyNames.BindForm]);
                verifier.Equal("host:443", diagnostic.Properties[DiagnosticPropertyNames.ConnectTarget]);
                verifier.Equal("new IPEndPoint(local, 0)", diagnostic.Properties[DiagnosticPropertyNames.LocalEndPoint]);
            },
        }.RunAsync(CancellationToken.None);

        public const string ConstructorThenConnectAsync = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading;
            using System.Threading.Tasks;

            class C
            {
                async Task<TcpClient> OpenAsync(IPEndPoint local, IPEndPoint remote, CancellationToken cancellationToken)
                {
                    using var client = {|#0:new TcpClient(local)|};
                    await client.ConnectAsync(remote, cancellationToken);
                    return client;
                }
            }
            """;

        [Fact]
        public Task Constructor_ThenConnectAsync() => VerifyCS.VerifyAnalyzerAsync(
            ConstructorThenConnectAsync,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote"));

        public const string ConstructorThenBeginConnect = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                IAsyncResult Open(IPAddress local, IPAddress remote, AsyncCallback callback)
                {
                    var client = {|#0:new TcpClient(new IPEndPoint(local, 0))|};
                    return client.BeginConnect(remote, 80, callback, client);
                }
            }
            """;

        [Fact]
        public Task Constructor_ThenBeginConnect() => VerifyCS.VerifyAnalyzerAsync(
            ConstructorThenBeginConnect,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote:80"));
    }
}
