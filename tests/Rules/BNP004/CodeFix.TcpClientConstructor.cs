using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.OptionSetAfterBindCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP004
{
    // A TcpClient bound by its constructor has no Bind to move the option above: the fix creates it unbound and binds it after the user's own option.
    public sealed partial class CodeFix
    {
        [Fact]
        public Task TcpClientConstructor_CreatedUnboundAndBoundAfterTheOption() => new VerifyCS.Test
        {
            TestCode = Diagnostics.OptionAfterATcpClientConstructorBind,
            FixedCode = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class Dialer
                {
                    void Open(IPEndPoint local, string host)
                    {
                        var client = new TcpClient(local.AddressFamily);
                        client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        client.Client.Bind(local);
                        client.Connect(host, 443);
                    }
                }
                """,
            CodeActionEquivalenceKey = EquivalenceKeys.MoveOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("client.Client") },
        }.RunAsync();
    }
}
