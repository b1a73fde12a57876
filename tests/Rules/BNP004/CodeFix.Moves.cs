using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.OptionSetAfterBindCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP004
{
    /// <summary>The option after Bind moves before it, with its comments and its Linux guard; the Bind's BNP001 goes with it.</summary>
    public sealed partial class CodeFix
    {
        public const string OptionWithACommentAfterBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    // Defer the port to connect.
                    {|#0:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string OptionWithACommentAfterBindFixed = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    // Defer the port to connect.
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task MovesTheOptionBeforeBind() => new VerifyCS.Test
        {
            TestCode = OptionWithACommentAfterBind,
            FixedCode = OptionWithACommentAfterBindFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.MoveOptionBeforeBind,

            // Nothing remains: BNP001 on the Bind is not BNP004's fix to inherit, and goes with the moved option.
            FixedState = { InheritanceMode = StateInheritanceMode.Explicit },
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"),
                VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(1).WithArguments("socket", "remote"),
            },
        }.RunAsync(CancellationToken.None);

        public const string GuardedAndBareOptionsAfterBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void First(IPAddress local, IPEndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    if (OperatingSystem.IsLinux())
                    {
                        {|#0:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    }
                    socket.Connect(remote);
                }

                void Second(IPAddress local, IPEndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#3:socket.Bind(new IPEndPoint(local, 0))|};
                    {|#2:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string GuardedAndBareOptionsAfterBindFixed = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void First(IPAddress local, IPEndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }

                void Second(IPAddress local, IPEndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task MovesTheWholeLinuxGuardAndFixesAllInTheDocument() => new VerifyCS.Test
        {
            TestCode = GuardedAndBareOptionsAfterBind,
            FixedCode = GuardedAndBareOptionsAfterBindFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.MoveOptionBeforeBind,

            // Nothing remains: BNP001 on the Bind is not BNP004's fix to inherit, and goes with the moved option.
            FixedState = { InheritanceMode = StateInheritanceMode.Explicit },
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"),
                VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(1).WithArguments("socket", "remote"),
                VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(2).WithLocation(3).WithArguments("socket"),
                VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(3).WithArguments("socket", "remote"),
            },
        }.RunAsync(CancellationToken.None);
    }
}
