using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.OptionSetTheWrongWayAnalyzer, BindNoPort.CodeFixes.OptionSetTheWrongWayCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP003
{
    /// <summary>SocketOptionName.ReuseUnicastPort stays for Windows, under a guard, and Linux gets the raw option beside it.</summary>
    public sealed partial class CodeFix
    {
        private const string ReuseUnicastPortCall = "SetSocketOption with SocketOptionName.ReuseUnicastPort outside a Windows guard";

        public const string ReuseUnicastPortInStatementsAndAnEmbeddedStatement = """
            using System;
            using System.Net.Sockets;

            class C
            {
                void M(Socket socket, bool enabled)
                {
                    {|#0:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                    if (enabled)
                        {|#1:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, enabled)|};
                    else
                        socket.Close();
                }
            }
            """;

        public const string ReuseUnicastPortInStatementsAndAnEmbeddedStatementFixed = """
            using System;
            using System.Net.Sockets;

            class C
            {
                void M(Socket socket, bool enabled)
                {
                    if (OperatingSystem.IsWindows())
                    {
                        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }
                    else if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    if (enabled)
                    {
                        if (OperatingSystem.IsWindows())
                        {
                            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, enabled);
                        }
                        else if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(enabled ? 1 : 0));
                        }
                    }
                    else
                        socket.Close();
                }
            }
            """;

        [Fact]
        public Task ReuseUnicastPortStaysForWindowsAndLinuxGetsTheRawOption() => new VerifyCS.Test
        {
            TestCode = ReuseUnicastPortInStatementsAndAnEmbeddedStatement,
            FixedCode = ReuseUnicastPortInStatementsAndAnEmbeddedStatementFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.UseRawSocketOption,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(ReuseUnicastPortCall),
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(1).WithArguments(ReuseUnicastPortCall),
            },
        }.RunAsync(CancellationToken.None);

        public const string ReuseUnicastPortInAnExpressionLambda = """
            using System;
            using System.Net.Sockets;

            class C
            {
                void M(Socket socket)
                {
                    Action set = () => {|#0:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                }
            }
            """;

        // An expression body has no statement to put the guard around: no fix at all is offered.
        [Fact]
        public Task NoFixForReuseUnicastPortInAnExpressionLambda() => new VerifyCS.Test
        {
            TestCode = ReuseUnicastPortInAnExpressionLambda,
            FixedCode = ReuseUnicastPortInAnExpressionLambda,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(ReuseUnicastPortCall) },
        }.RunAsync(CancellationToken.None);
    }
}
