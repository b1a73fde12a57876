using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // The fixes on the shapes the flow finds beyond a plain Bind: conditional creation, guards, inherited members,
    // connects through the compilation's own code, and unresolved calls. The option goes before the Bind.
    public sealed partial class CodeFix
    {
        private static Task InlineFix(string source, string fixedSource, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test
            {
                TestCode = source,
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            };
            test.ExpectedDiagnostics.AddRange(expected);
            test.FixedState.ExpectedDiagnostics.AddRange(CompilerErrorsOf(expected));
            return test.RunAsync();
        }

        private static System.Collections.Generic.IEnumerable<DiagnosticResult> CompilerErrorsOf(DiagnosticResult[] expected) =>
            System.Linq.Enumerable.Where(expected, result => result.Id.StartsWith("CS", System.StringComparison.Ordinal));

        [Fact]
        public Task Shape_ConditionalCreationGetsTheOptionInsideTheBranchThatBinds() => InlineFix(
            Diagnostics.CreatedInAConditionalThenBoundWhenThereIsALocalAddress,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress? local, EndPoint remote)
                {
                    var socket = local is null
                        ? new Socket(SocketType.Stream, ProtocolType.Tcp)
                        : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (local is not null)
                    {
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                    }

                    socket.Connect(remote);
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public Task Shape_IsBoundGuardGetsTheOptionInsideTheGuard() => InlineFix(
            Diagnostics.BindUnderANullOrNotBoundGuard,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class Channel
            {
                private Socket? socket;

                public async Task SendAsync(IPAddress local, EndPoint remote)
                {
                    if (socket is null || !socket.IsBound)
                    {
                        socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                    }

                    await socket.ConnectAsync(remote);
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public Task Shape_InheritedSocketPropertyGetsTheOption() => InlineFix(
            Diagnostics.GetOnlyOverrideOfTheSocketProperty,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            abstract class Transport
            {
                public abstract Socket Socket { get; }
            }

            sealed class TcpTransport : Transport
            {
                public override Socket Socket { get; } = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                public void Open(IPAddress local, EndPoint remote)
                {
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        Socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    Socket.Bind(new IPEndPoint(local, 0));
                    Socket.Connect(remote);
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("Socket", "remote", "port 0"));

        [Fact]
        public Task Shape_ConnectThroughFromAsync() => InlineFix(
            Diagnostics.ConnectThroughFromAsync,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class Dialer
            {
                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    socket.Bind(new IPEndPoint(local, 0));
                    await Task.Factory.FromAsync(socket.BeginConnect, socket.EndConnect, remote, null);
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public Task Shape_UnresolvedConnectKeepsItsCompilerError() => InlineFix(
            Diagnostics.ConnectToAnEndPointOfAMissingType,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, {|#1:Proxy|}.Upstream remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """,
            DiagnosticResult.CompilerError("CS0246").WithLocation(1).WithArguments("Proxy"),
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public Task Shape_OtherAssemblyBeforeBindWithTheRuntime()
        {
            var test = new VerifyCS.Test
            {
                TestCode = Diagnostics.HandedToAnotherAssemblyBeforeBind,
                FixedCode = """
                    using System.Net;
                    using System.Net.Sockets;
                    using BindNoPort;
                    using Company.Net;

                    class Dialer
                    {
                        void Open(IPAddress local, EndPoint remote)
                        {
                            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                            Tuning.NoDelay(socket);
                            socket.BindForConnect(new IPEndPoint(local, 0));
                            socket.Connect(remote);
                        }
                    }
                    """,
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
                ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0") },
            };
            foreach (var state in new[] { test.TestState, test.FixedState })
            {
                state.AdditionalProjects["Tuning"].Sources.Add(Diagnostics.TuningLibrary);
                state.AdditionalProjectReferences.Add("Tuning");
                state.AdditionalReferences.Add(TestReferences.Runtime);
            }

            return test.RunAsync();
        }
    }
}
