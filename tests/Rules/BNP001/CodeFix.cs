using System;
using System.Linq;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verifier = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    public sealed partial class CodeFix
    {
        private static readonly TestOptions WithRuntime = new() { ReferenceRuntime = true };

        [Fact]
        public Task SetsTheOptionInlineBeforeBind()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        // Leave from the service address.
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
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
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        // Leave from the service address.
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task InlineWithoutUsingSystemWritesFullNames()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (System.OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

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
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

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
                        {|BNP001:socket.Bind(new IPEndPoint(IPAddress.Any, 0))|};
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.RemoveWildcardBind);
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
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.NoCodeFixAsync(source, EquivalenceKeys.RemoveWildcardBind);
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
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, IPEndPoint remote)
                    {
                        using var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact]
        public Task FixAllInlineAcrossDocuments()
        {
            const string first = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class First
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string second = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class Second
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        switch (local.AddressFamily)
                        {
                            case AddressFamily.InterNetwork:
                                {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                                break;
                        }

                        socket.Connect(remote);
                    }
                }
                """;
            const string firstFixed = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class First
                {
                    void M(IPAddress local, IPEndPoint remote)
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
                """;
            const string secondFixed = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class Second
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        switch (local.AddressFamily)
                        {
                            case AddressFamily.InterNetwork:
                                // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                                if (OperatingSystem.IsLinux())
                                {
                                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                                }
                                socket.Bind(new IPEndPoint(local, 0));
                                break;
                        }

                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(new[] { first, second }, new[] { firstFixed, secondFixed }, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task TopLevelStatements()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                {|BNP001:socket.Bind(new IPEndPoint(IPAddress.Loopback, 0))|};
                socket.Connect(new IPEndPoint(IPAddress.Loopback, 80));
                """;
            const string fixedSource = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                if (OperatingSystem.IsLinux())
                {
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                }
                socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
                socket.Connect(new IPEndPoint(IPAddress.Loopback, 80));
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, new TestOptions { OutputKind = OutputKind.ConsoleApplication });
        }

        [Fact]
        public Task KeepsWindowsLineEndings()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
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
                    void M(IPAddress local, IPEndPoint remote)
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
                """;
            return Verifier.CodeFixAsync(source.Replace("\n", "\r\n"), fixedSource.Replace("\n", "\r\n"), EquivalenceKeys.SetOptionBeforeBind);
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
                        {|BNP001:socket.Bind(new System.Net.IPEndPoint(local, 0))|};
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

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
                        socket.Bind(new IPEndPoint(local, 0));
                    }

                    void First(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:BindLocal(socket, local)|};
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:BindLocal(socket, local)|};
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
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
                        socket.Bind(new IPEndPoint(local, 0));
                        return socket;
                    }
                }

                class C
                {
                    void Open(IPAddress local, EndPoint remote)
                    {
                        var socket = {|BNP001:Sockets.CreateBound(local)|};
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact]
        public Task NoInlineFixForABindThatIsAnEmbeddedStatement()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote, bool bindLocal)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (bindLocal)
                            {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.NoCodeFixAsync(source);
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
                            {|BNP001:socket.Bind(localEP: new IPEndPoint(local, 0))|};
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        // Every shape BNP001 finds (Diagnostics.cs, same test names) gets the inline fix: the option block right before its Bind.
        [Fact] public Task Connect_EndPoint() => Inline(Diagnostics.ConnectEndPoint);

        [Fact] public Task Connect_AddressAndPort() => Inline(Diagnostics.ConnectAddressAndPort);

        [Fact] public Task Connect_AddressesAndPort() => Inline(Diagnostics.ConnectAddressesAndPort);

        [Fact] public Task Connect_HostAndPort() => Inline(Diagnostics.ConnectHostAndPort);

        [Fact] public Task ConnectAsync_Task() => Inline(Diagnostics.ConnectAsyncTask);

        [Fact] public Task ConnectAsync_ValueTaskWithCancellation() => Inline(Diagnostics.ConnectAsyncValueTaskWithCancellation);

        [Fact] public Task ConnectAsync_SocketAsyncEventArgs() => Inline(Diagnostics.ConnectAsyncEventArgs);

        [Fact] public Task ConnectAsync_NetStandardExtension() => Inline(Diagnostics.ConnectAsyncExtension);

        [Fact] public Task BeginConnect_Apm() => Inline(Diagnostics.BeginConnect);

        [Fact] public Task Apm_InAsyncMethod() => Inline(Diagnostics.ApmInAsyncMethod);

        [Fact] public Task Socket_DualMode() => Inline(Diagnostics.DualModeSocket);

        [Fact] public Task Socket_AddressFamilyOfTheEndPoint() => Inline(Diagnostics.AddressFamilyOfTheEndPoint);

        [Fact] public Task Socket_DefaultProtocolOnInterNetwork() => Inline(Diagnostics.DefaultProtocolOnInterNetwork);

        [Fact] public Task Socket_CreatedOnEitherBranchOfAConditional() => Inline(Diagnostics.CreatedOnEitherBranchOfAConditional);

        [Fact] public Task Loop_BindEachIteration() => Inline(Diagnostics.BindInLoop);

        [Fact] public Task Branch_BindOnOneBranch() => Inline(Diagnostics.BindOnOneBranch);

        [Fact] public Task Branch_OptionOnOneBranchOnly() => Inline(Diagnostics.OptionOnOneBranchOnly);

        [Fact] public Task Guard_OptionOnlyOnWindows() => Inline(Diagnostics.OptionOnlyOnWindows);

        [Fact] public Task Guard_BindOnLinuxBranchWithoutOption() => Inline(Diagnostics.BindOnLinuxBranchWithoutOption);

        [Fact] public Task Guard_EarlyReturnWhenNotLinux() => Inline(Diagnostics.EarlyReturnWhenNotLinuxLeavesLinuxPath);

        [Fact] public Task Receiver_MemberAccessChain() => Inline(Diagnostics.MemberAccessChain, socket: "this.conn.Socket");

        [Fact] public Task Try_BindAndConnect() => Inline(Diagnostics.InsideTry);

        [Fact] public Task Try_OptionOnlyOnOnePath() => Inline(Diagnostics.OptionOnlyOnOnePathInsideTry);

        [Fact] public Task Lambda_ConnectCallbackInFieldInitializer() => Inline(Diagnostics.ConnectCallbackInFieldInitializer);

        [Fact] public Task Lambda_ConnectInsideARetryLambda() => Inline(Diagnostics.ConnectInsideARetryLambda);

        [Fact] public Task Lambda_DisposingTheSocketDoesNotHideIt() => Inline(Diagnostics.DisposedByACancellationCallback);

        [Fact] public Task LocalFunction_BindAndConnect() => Inline(Diagnostics.LocalFunction);

        [Fact] public Task TopLevel_Statements() => Inline(Diagnostics.TopLevelStatements, options: new TestOptions { OutputKind = OutputKind.ConsoleApplication });

        [Fact] public Task AcrossMembers_Field() => Inline(Diagnostics.AcrossMembersThroughField);

        [Fact] public Task AcrossMembers_Property() => Inline(Diagnostics.AcrossMembersThroughProperty, socket: "Socket");

        [Fact] public Task AcrossMembers_CreatedAndBoundInOneMember() => Inline(Diagnostics.AcrossMembersCreatedAndBoundInOneMember);

        [Fact] public Task Using_Statement() => Inline(Diagnostics.UsingStatement);

        [Fact] public Task Helper_BindsItsArgument() => Verifier.CodeFixAsync(
            Diagnostics.HelperBindsItsArgument,
            FixedSources.WithOptionBefore(FixedSources.WithoutMarkup(Diagnostics.HelperBindsItsArgument), "socket.Bind(new IPEndPoint(local, 0));", "socket"),
            EquivalenceKeys.SetOptionBeforeBind);

        [Fact] public Task Helper_ReturnsBoundSocket() => Verifier.CodeFixAsync(
            Diagnostics.HelperReturnsBoundSocket,
            FixedSources.WithOptionBefore(FixedSources.WithoutMarkup(Diagnostics.HelperReturnsBoundSocket), "socket.Bind(new IPEndPoint(local, 0));", "socket"),
            EquivalenceKeys.SetOptionBeforeBind);

        // The written-out form of one case, which pins what the helpers above expect.
        [Fact]
        public Task Lambda_ConnectCallback()
        {
            const string fixedSource = """
                using System.IO;
                using System.Net;
                using System.Net.Http;
                using System.Net.Sockets;

                class C
                {
                    HttpClient Create(IPAddress local)
                    {
                        var handler = new SocketsHttpHandler();
                        handler.ConnectCallback = async (context, cancellationToken) =>
                        {
                            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                            // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                            if (System.OperatingSystem.IsLinux())
                            {
                                socket.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                            }
                            socket.Bind(new IPEndPoint(local, 0));
                            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                            return new NetworkStream(socket, ownsSocket: true);
                        };
                        return new HttpClient(handler);
                    }
                }
                """;
            Assert.Equal(fixedSource, FixedSources.Inline(Diagnostics.ConnectCallbackLambda, "BNP001", "socket"));
            return Verifier.CodeFixAsync(Diagnostics.ConnectCallbackLambda, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
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
            Assert.Equal(fixedSource, FixedSources.BindForConnect(Diagnostics.ConnectCallbackLambda, "BNP001"));
            return Verifier.CodeFixAsync(Diagnostics.ConnectCallbackLambda, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact] public Task Runtime_Loop_BindEachIteration() => Runtime(Diagnostics.BindInLoop);

        [Fact] public Task Runtime_AcrossMembers_Field() => Runtime(Diagnostics.AcrossMembersThroughField);

        [Fact] public Task Runtime_ConnectAsync_Task() => Runtime(Diagnostics.ConnectAsyncTask);

        [Fact] public Task Runtime_ConnectAsync_ValueTaskWithCancellation() => Runtime(Diagnostics.ConnectAsyncValueTaskWithCancellation);

        // After socket?.Bind(...) socket may be null: a plain socket.SetRawSocketOption before it would throw where the code
        // was null-safe, and the rule does not count socket?.SetRawSocketOption as setting the option; BindForConnect fits (below).
        [Fact] public Task Receiver_ConditionalAccess_NoInlineFixForANullConditionalBind() =>
            Verifier.NoCodeFixAsync(Diagnostics.ConditionalAccess, EquivalenceKeys.SetOptionBeforeBind);

        [Fact] public Task Runtime_Receiver_ConditionalAccess() => Runtime(Diagnostics.ConditionalAccess);

        // The extension's body is an expression (=> socket.Bind(...)): no statement list to add the option block to.
        [Fact] public Task Helper_ExtensionBindsItsReceiver_NoInlineFixInAnExpressionBody() =>
            Verifier.NoCodeFixAsync(Diagnostics.ExtensionHelperBindsItsReceiver, EquivalenceKeys.SetOptionBeforeBind);

        [Fact]
        public Task Runtime_Helper_ExtensionBindsItsReceiver() => Verifier.CodeFixAsync(
            Diagnostics.ExtensionHelperBindsItsReceiver,
            FixedSources.WithRuntimeImport(FixedSources.WithoutMarkup(Diagnostics.ExtensionHelperBindsItsReceiver)
                .Replace("=> socket.Bind(", "=> socket.BindForConnect(", StringComparison.Ordinal)),
            EquivalenceKeys.SetOptionBeforeBind,
            WithRuntime);

        private static Task Inline(string markup, string socket = "socket", TestOptions? options = null) =>
            Verifier.CodeFixAsync(markup, FixedSources.Inline(markup, "BNP001", socket), EquivalenceKeys.SetOptionBeforeBind, options);

        private static Task Runtime(string markup) =>
            Verifier.CodeFixAsync(markup, FixedSources.BindForConnect(markup, "BNP001"), EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
    }

    /// <summary>The expected output of the SetOptionBeforeBind fixes, written from a Diagnostics source.</summary>
    internal static class FixedSources
    {
        /// <summary>
        /// The source with the option block before the line the diagnostic marks; the framework names written in full
        /// unless the file imports System, as the fix writes them.
        /// </summary>
        public static string Inline(string markup, string rule, string socket)
        {
            var markedLine = MarkedLine(markup, rule);
            return WithOptionBefore(WithoutMarkup(markup), WithoutMarkup(markedLine).Trim(), socket);
        }

        /// <summary>The source with the option block inserted before the first line that reads <paramref name="statement"/>.</summary>
        public static string WithOptionBefore(string source, string statement, string socket)
        {
            var lines = source.Split('\n').ToList();
            var index = lines.FindIndex(line => line.Trim() == statement);
            Assert.True(index >= 0, "The source has no line '" + statement + "'.");
            var indent = lines[index].Substring(0, lines[index].Length - lines[index].TrimStart().Length);
            var system = lines.Contains("using System;") ? string.Empty : "System.";
            lines.InsertRange(index, new[]
            {
                indent + "// IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.",
                indent + "if (" + system + "OperatingSystem.IsLinux())",
                indent + "{",
                indent + "    " + socket + ".SetRawSocketOption(0, 24, " + system + "BitConverter.GetBytes(1));",
                indent + "}",
            });
            return string.Join("\n", lines);
        }

        /// <summary>The source with the marked Bind called as BindForConnect, and BindNoPort imported after the last using.</summary>
        public static string BindForConnect(string markup, string rule)
        {
            var markedLine = MarkedLine(markup, rule);
            Assert.Contains(".Bind(", markedLine, StringComparison.Ordinal);
            var fixedLine = WithoutMarkup(markedLine).Replace(".Bind(", ".BindForConnect(", StringComparison.Ordinal);
            return WithRuntimeImport(WithoutMarkup(markup.Replace(markedLine, fixedLine, StringComparison.Ordinal)));
        }

        public static string WithRuntimeImport(string source)
        {
            var lines = source.Split('\n').ToList();
            lines.Insert(lines.FindLastIndex(line => line.StartsWith("using ", StringComparison.Ordinal) && line.EndsWith(";", StringComparison.Ordinal)) + 1, "using BindNoPort;");
            return string.Join("\n", lines);
        }

        /// <summary>The source without its diagnostic markup: what the fix leaves of every line it does not touch.</summary>
        public static string WithoutMarkup(string markup)
        {
            var text = markup;
            foreach (var rule in new[] { "BNP001", "BNP002", "BNP003", "BNP004", "BNP005" })
            {
                text = text.Replace("{|" + rule + ":", string.Empty, StringComparison.Ordinal);
            }

            return text.Replace("|}", string.Empty, StringComparison.Ordinal);
        }

        private static string MarkedLine(string markup, string rule)
        {
            var lines = markup.Split('\n').Where(line => line.Contains("{|" + rule + ":", StringComparison.Ordinal)).ToList();
            return Assert.Single(lines);
        }
    }
}
