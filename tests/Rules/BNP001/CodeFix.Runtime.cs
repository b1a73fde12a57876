using System.Threading.Tasks;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // With BindNoPort.Runtime referenced the fix calls BindForConnect instead of Bind, imports BindNoPort once, and fits where
    // the inline block cannot: an embedded statement, a null-conditional Bind.
    public sealed partial class CodeFix
    {
        [Fact]
        public Task UsesBindForConnectWhenTheRuntimeIsReferenced()
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
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.BindForConnect(new IPEndPoint(local, 0));
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
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
                TestState = { AdditionalReferences = { TestReferences.Runtime } },
            }.RunAsync();
        }

        [Fact]
        public Task FixAllFixesEveryBindInTheDocumentAndImportsOnce()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void First(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, IPEndPoint remote)
                    {
                        using var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                        {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    void First(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.BindForConnect(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, IPEndPoint remote)
                    {
                        using var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                        socket.BindForConnect(new IPEndPoint(local, 0));
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
                    Bnp001(1, "socket", "remote"),
                },
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
                TestState = { AdditionalReferences = { TestReferences.Runtime } },
            }.RunAsync();
        }

        [Fact]
        public Task ImportsTheRuntimeIntoAFileWithoutUsings()
        {
            const string source = """
                // Copyright header.
                namespace N;

                class C
                {
                    void M(System.Net.IPAddress local, System.Net.IPEndPoint remote)
                    {
                        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                        {|#0:socket.Bind(new System.Net.IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                // Copyright header.
                using BindNoPort;

                namespace N;

                class C
                {
                    void M(System.Net.IPAddress local, System.Net.IPEndPoint remote)
                    {
                        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                        socket.BindForConnect(new System.Net.IPEndPoint(local, 0));
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
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
                TestState = { AdditionalReferences = { TestReferences.Runtime } },
            }.RunAsync();
        }

        [Fact]
        public Task BindForConnectAlsoFitsAnEmbeddedStatement()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote, bool bindLocal)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (bindLocal)
                            {|#0:socket.Bind(localEP: new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote, bool bindLocal)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (bindLocal)
                            socket.BindForConnect(new IPEndPoint(local, 0));
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
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
                TestState = { AdditionalReferences = { TestReferences.Runtime } },
            }.RunAsync();
        }

        [Fact]
        public Task Runtime_Lambda_ConnectCallback()
        {
            const string fixedSource = """
                using System.IO;
                using System.Net;
                using System.Net.Http;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    HttpClient Create(IPAddress local)
                    {
                        var handler = new SocketsHttpHandler();
                        handler.ConnectCallback = async (context, cancellationToken) =>
                        {
                            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                            socket.BindForConnect(new IPEndPoint(local, 0));
                            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                            return new NetworkStream(socket, ownsSocket: true);
                        };
                        return new HttpClient(handler);
                    }
                }
                """;
            Assert.Equal(fixedSource, FixedSources.BindForConnect(Diagnostics.ConnectCallbackLambda));
            return WithRuntime(Diagnostics.ConnectCallbackLambda, Bnp001(0, "socket", "context.DnsEndPoint"));
        }

        [Fact]
        public Task Runtime_Loop_BindEachIteration() => WithRuntime(Diagnostics.BindInLoop, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Runtime_AcrossMembers_Field() => WithRuntime(Diagnostics.AcrossMembersThroughField, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Runtime_ConnectAsync_Task() => WithRuntime(Diagnostics.ConnectAsyncTask, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Runtime_ConnectAsync_ValueTaskWithCancellation() => WithRuntime(Diagnostics.ConnectAsyncValueTaskWithCancellation, Bnp001(0, "socket", "host:80"));

        // After socket?.Bind(...) socket may be null: a plain socket.SetRawSocketOption before it would throw where the code
        // was null-safe, and the rule does not count socket?.SetRawSocketOption as setting the option; BindForConnect fits (below).
        [Fact]
        public Task Receiver_ConditionalAccess_NoInlineFixForANullConditionalBind() => new VerifyCS.Test
        {
            TestCode = Diagnostics.ConditionalAccess,
            ExpectedDiagnostics = { Bnp001(0, "socket", "remote") },
            FixedCode = Diagnostics.ConditionalAccess,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
        }.RunAsync();

        [Fact]
        public Task Runtime_Receiver_ConditionalAccess() => WithRuntime(Diagnostics.ConditionalAccess, Bnp001(0, "socket", "remote"));
    }
}
