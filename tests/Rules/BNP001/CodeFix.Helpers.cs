using System;
using System.Threading.Tasks;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A helper that binds is fixed inside, at its Bind (the diagnostic's additional location), which fixes every caller.
    public sealed partial class CodeFix
    {
        [Fact]
        public Task FixesTheBindInsideAHelperOnceForAllItsCallers()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    static void BindLocal(Socket socket, IPAddress local)
                    {
                        {|#2:socket.Bind(new IPEndPoint(local, 0))|};
                    }

                    void First(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#0:BindLocal(socket, local)|};
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#1:BindLocal(socket, local)|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    static void BindLocal(Socket socket, IPAddress local)
                    {
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                    }

                    void First(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        BindLocal(socket, local);
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        BindLocal(socket, local);
                        socket.Connect(remote);
                    }
                }
                """;
            return new VerifyCS.Test
            {
                TestCode = source,
                ExpectedDiagnostics =
                {
                    Bnp001(0, "socket", "remote").WithLocation(2),
                    Bnp001(1, "socket", "remote").WithLocation(2),
                },
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            }.RunAsync();
        }

        [Fact]
        public Task FixesTheBindInsideAHelperThatReturnsTheSocket()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                static class Sockets
                {
                    public static Socket CreateBound(IPAddress local)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                        return socket;
                    }
                }

                class C
                {
                    void Open(IPAddress local, EndPoint remote)
                    {
                        var socket = {|#0:Sockets.CreateBound(local)|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                static class Sockets
                {
                    public static Socket CreateBound(IPAddress local)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.BindForConnect(new IPEndPoint(local, 0));
                        return socket;
                    }
                }

                class C
                {
                    void Open(IPAddress local, EndPoint remote)
                    {
                        var socket = Sockets.CreateBound(local);
                        socket.Connect(remote);
                    }
                }
                """;
            return new VerifyCS.Test
            {
                TestCode = source,
                ExpectedDiagnostics =
                {
                    Bnp001(0, "socket", "remote").WithLocation(1),
                },
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
                TestState = { AdditionalReferences = { TestReferences.Runtime } },
            }.RunAsync();
        }

        [Fact]
        public Task Helper_BindsItsArgument() => new VerifyCS.Test
        {
            TestCode = Diagnostics.HelperBindsItsArgument,
            ExpectedDiagnostics = { Bnp001(0, "socket", "remote").WithLocation(1) },
            FixedCode = FixedSources.WithOptionBefore(FixedSources.WithoutMarkup(Diagnostics.HelperBindsItsArgument), "socket.Bind(new IPEndPoint(local, 0));", "socket"),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
        }.RunAsync();

        [Fact]
        public Task Factory_AsyncReturnsABoundSocket() => new VerifyCS.Test
        {
            TestCode = Diagnostics.AsyncFactoryReturnsABoundSocket,
            ExpectedDiagnostics = { Bnp001(0, "socket", "remote").WithLocation(1) },
            FixedCode = FixedSources.WithOptionBefore(FixedSources.WithoutMarkup(Diagnostics.AsyncFactoryReturnsABoundSocket), "socket.Bind(new IPEndPoint(local, 0));", "socket"),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
        }.RunAsync();

        [Fact]
        public Task Helper_ReturnsBoundSocket() => new VerifyCS.Test
        {
            TestCode = Diagnostics.HelperReturnsBoundSocket,
            ExpectedDiagnostics = { Bnp001(0, "socket", "remote").WithLocation(1) },
            FixedCode = FixedSources.WithOptionBefore(FixedSources.WithoutMarkup(Diagnostics.HelperReturnsBoundSocket), "socket.Bind(new IPEndPoint(local, 0));", "socket"),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
        }.RunAsync();

        // The extension's body is an expression (=> socket.Bind(...)): it becomes a block, with the option before the Bind.
        [Fact]
        public Task Helper_ExtensionBindsItsReceiver_ExpressionBodyBecomesABlock() => new VerifyCS.Test
        {
            TestCode = Diagnostics.ExtensionHelperBindsItsReceiver,
            ExpectedDiagnostics = { Bnp001(0, "socket", "remote").WithLocation(1) },
            FixedCode = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                static class SocketExtensions
                {
                    public static void BindTo(this Socket socket, IPAddress local)
                    {
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                    }
                }

                class C
                {
                    void Open(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.BindTo(local);
                        socket.Connect(remote);
                    }
                }
                """,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
        }.RunAsync();

        [Fact]
        public Task Runtime_Helper_ExtensionBindsItsReceiver() => new VerifyCS.Test
        {
            TestCode = Diagnostics.ExtensionHelperBindsItsReceiver,
            ExpectedDiagnostics = { Bnp001(0, "socket", "remote").WithLocation(1) },
            FixedCode = FixedSources.WithRuntimeImport(FixedSources.WithoutMarkup(Diagnostics.ExtensionHelperBindsItsReceiver)
                .Replace("=> socket.Bind(", "=> socket.BindForConnect(", StringComparison.Ordinal)),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync();
    }
}
