using System.Threading.Tasks;
using BindNoPort.CodeFixes;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A Bind to IPAddress.Any with port 0 does nothing Connect would not: the fix removes it, and only it.
    public sealed partial class CodeFix
    {
        [Fact]
        public Task RemovesABindToTheWildcardAddressWithPortZero()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(IPAddress.Any, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.Connect(remote);
                    }
                }
                """;
            return new VerifyCS.Test
            {
                TestCode = source,
                ExpectedDiagnostics =
                {
                    Bnp001(0, "socket", "remote"),
                },
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = EquivalenceKeys.RemoveWildcardBind,
            }.RunAsync();
        }

        [Fact]
        public Task NoRemovalForASpecificAddress()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            // No removal: FixedCode is the source itself, and only actions with the removal's key are applied.
            return new VerifyCS.Test
            {
                TestCode = source,
                ExpectedDiagnostics = { Bnp001(0, "socket", "remote") },
                FixedCode = source,
                CodeActionEquivalenceKey = EquivalenceKeys.RemoveWildcardBind,
            }.RunAsync();
        }
    }
}
