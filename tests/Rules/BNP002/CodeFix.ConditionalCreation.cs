using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.TcpClientBindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP002
{
    // A TcpClient created in a conditional or a factory: BoundTcpClient.Create, or without the runtime the project's
    // helper, takes the place of the creation wherever it stands; the inline rewrite needs a declaration to put
    // statements after, so it is not offered there.
    public sealed partial class CodeFix
    {
        [Fact]
        public Task Conditional_BranchBecomesBoundTcpClientCreate() => new VerifyCS.Test
        {
            TestCode = Diagnostics.BoundOnOneBranchOfAConditional,
            FixedCode = """
                using System.Net;
                using System.Net.Sockets;
                using System.Threading.Tasks;
                using BindNoPort;

                class Dialer
                {
                    async Task<TcpClient> ConnectAsync(IPEndPoint? local, string host, int port)
                    {
                        var client = local != null ? BoundTcpClient.Create(local) : new TcpClient(AddressFamily.InterNetwork);
                        await client.ConnectAsync(host, port);
                        return client;
                    }
                }
                """,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:port") },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync();

        // Without the runtime no statement fits inside the conditional: the creation calls the helper the fix adds.
        [Fact]
        public Task Conditional_WithoutTheRuntime_CallsTheHelperTheFixAdds() =>
            CallsTheHelper(Diagnostics.BoundOnOneBranchOfAConditional, "host:port");

        [Fact]
        public Task SwitchArmIntoAField_WithoutTheRuntime_CallsTheHelperTheFixAdds() =>
            CallsTheHelper(Diagnostics.BoundOnOneArmOfASwitchIntoAField, "host:80");

        [Fact]
        public Task SwitchArmIntoAField_WithTheRuntime_BecomesBoundTcpClientCreate() => new VerifyCS.Test
        {
            TestCode = Diagnostics.BoundOnOneArmOfASwitchIntoAField,
            FixedCode = Diagnostics.BoundOnOneArmOfASwitchIntoAField
                .Replace("{|#0:new TcpClient(local)|}", "BoundTcpClient.Create(local)")
                .Replace("using System.Net.Sockets;", "using System.Net.Sockets;\nusing BindNoPort;"),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:80") },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync();

        [Fact]
        public Task Factory_FixedInsideTheFactory() => new VerifyCS.Test
        {
            TestCode = Diagnostics.FactoryReturnsAConditionalOfClients,
            FixedCode = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                static class Clients
                {
                    public static TcpClient Create(IPEndPoint? local) => local is null ? new TcpClient() : BoundTcpClient.Create(local);
                }

                class Dialer
                {
                    void Open(IPEndPoint local, string host)
                    {
                        var client = Clients.Create(local);
                        client.Connect(host, 443);
                    }
                }
                """,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("client", "host:443") },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync();

        private static Task CallsTheHelper(string source, string connectTarget) => new VerifyCS.Test
        {
            TestCode = source,
            FixedCode = HelperSources.AppendedTo(source.Replace("{|#0:new TcpClient(local)|}", "SocketPortDeferral.CreateBoundTcpClient(local)")),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", connectTarget) },
        }.RunAsync();
    }
}
