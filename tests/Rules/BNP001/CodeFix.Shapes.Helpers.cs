using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Where a helper, a helper of this object, a wrapper or a local function binds, the fix edits the Bind inside it,
    // which fixes every caller; an expression body becomes a block to make room for the option.
    public sealed partial class CodeFix
    {
        [Fact]
        public Task Shape_HelperOfAHelperIsFixedAtTheInnermostBind() => InlineFix(
            Diagnostics.HelperHandsTheSocketToASecondHelperThatBinds,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            static class Egress
            {
                public static void BindLocal(Socket socket, IPAddress local) => BindTo(socket, new IPEndPoint(local, 0));

                static void BindTo(Socket socket, EndPoint localEndPoint)
                {
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    socket.Bind(localEndPoint);
                }
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Egress.BindLocal(socket, local);
                    socket.Connect(remote);
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public Task Shape_ThisHelperIsFixedInside() => InlineFix(
            Diagnostics.ThisHelpersInOrderWhileAnotherPathListens,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class Connection
            {
                private readonly IPAddress localAddress;
                private readonly EndPoint remote;
                private Socket? socket;

                public Connection(IPAddress localAddress, EndPoint remote)
                {
                    this.localAddress = localAddress;
                    this.remote = remote;
                }

                public async Task OpenAsync()
                {
                    CreateSocket();
                    BindToLocalAddress();
                    await ConnectCore();
                }

                public void Accept()
                {
                    CreateSocket();
                    BindToLocalAddress();
                    socket!.Listen(16);
                }

                private void CreateSocket() => socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                private void BindToLocalAddress()
                {
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        socket!.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    socket!.Bind(new IPEndPoint(localAddress, 0));
                }

                private async Task ConnectCore() => await socket!.ConnectAsync(remote);
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public Task Shape_WrapperBindInAnExpressionBodyBecomesABlock() => InlineFix(
            Diagnostics.WrapperOfAStreamSocketOfAVariableProtocol,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(ProtocolType protocol, IPAddress local, EndPoint remote)
                {
                    var wrapper = new SocketWrapper(AddressFamily.InterNetwork, SocketType.Stream, protocol);
                    wrapper.Bind(new IPEndPoint(local, 0));
                    wrapper.Connect(remote);
                }
            }

            sealed class SocketWrapper
            {
                private readonly Socket socket;

                public SocketWrapper(AddressFamily family, SocketType type, ProtocolType protocol)
                {
                    socket = new Socket(family, type, protocol);
                }

                public void Bind(EndPoint localEndPoint)
                {
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    socket.Bind(localEndPoint);
                }

                public void Connect(EndPoint remoteEndPoint) => socket.Connect(remoteEndPoint);

                public void Listen(int backlog) => socket.Listen(backlog);
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("wrapper", "remoteEndPoint", "port 0"));

        [Fact]
        public Task Shape_WrapperBindWithTheRuntimeCallsBindForConnect() => new VerifyCS.Test
        {
            TestCode = Diagnostics.WrapperOfAStreamSocketOfAVariableProtocol,
            FixedCode = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class Dialer
                {
                    void Open(ProtocolType protocol, IPAddress local, EndPoint remote)
                    {
                        var wrapper = new SocketWrapper(AddressFamily.InterNetwork, SocketType.Stream, protocol);
                        wrapper.Bind(new IPEndPoint(local, 0));
                        wrapper.Connect(remote);
                    }
                }

                sealed class SocketWrapper
                {
                    private readonly Socket socket;

                    public SocketWrapper(AddressFamily family, SocketType type, ProtocolType protocol)
                    {
                        socket = new Socket(family, type, protocol);
                    }

                    public void Bind(EndPoint localEndPoint) => socket.BindForConnect(localEndPoint);

                    public void Connect(EndPoint remoteEndPoint) => socket.Connect(remoteEndPoint);

                    public void Listen(int backlog) => socket.Listen(backlog);
                }
                """,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("wrapper", "remoteEndPoint", "port 0") },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync();

        [Fact]
        public Task Shape_ExpressionBodiedLocalFunctionBecomesABlock() => InlineFix(
            Diagnostics.LocalFunctionBindsItsParameter,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Prepare(socket, new IPEndPoint(local, 0));
                    socket.Connect(remote);

                    static void Prepare(Socket target, IPEndPoint endPoint)
                    {
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            target.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        target.Bind(endPoint);
                    }
                }
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("target", "remote", "port 0"));

        [Fact]
        public Task Shape_WrapperOverAGivenSocketIsFixedInItsBind() => InlineFix(
            Diagnostics.WrapperOverASocketMadeInTheArgument,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var channel = new Channel(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp));
                    channel.Bind(new IPEndPoint(local, 0));
                    channel.Connect(remote);
                }
            }

            sealed class Channel
            {
                private readonly Socket _socket;

                public Channel(Socket socket) => _socket = socket;

                public void Bind(EndPoint local)
                {
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        _socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    _socket.Bind(local);
                }

                public void Connect(EndPoint remote) => _socket.Connect(remote);
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("channel", "remote", "port 0"));

        [Fact]
        public Task Shape_SocketMadeInTheBaseConstructorArgumentIsFixedInTheDerivedConstructor() => InlineFix(
            Diagnostics.SocketMadeInTheBaseConstructorArgument,
            "using System;\n" + Diagnostics.SocketMadeInTheBaseConstructorArgument.Replace(
                "{|#0:Socket.Bind(new IPEndPoint(local, 0))|};",
                """
                // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            Socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        Socket.Bind(new IPEndPoint(local, 0));
                """),
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("Socket", "_remote", "port 0"));

        [Fact]
        public Task Shape_SocketSubclassHidingBeginConnectIsFixedAtItsBind() => InlineFix(
            SubclassHidingBeginConnect.Replace("socket.Bind(new IPEndPoint(local, 0));", "{|#0:socket.Bind(new IPEndPoint(local, 0))|};"),
            SubclassHidingBeginConnect.Replace(
                "socket.Bind(new IPEndPoint(local, 0));",
                """
                // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                """),
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        private const string SubclassHidingBeginConnect = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class CountingSocket : Socket
            {
                public CountingSocket()
                    : base(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
                {
                }

                public int Attempts { get; private set; }

                public new IAsyncResult BeginConnect(EndPoint remote, AsyncCallback? callback, object? state)
                {
                    Attempts++;
                    return base.BeginConnect(remote, callback, state);
                }
            }

            class Dialer
            {
                IAsyncResult Begin(IPAddress local, EndPoint remote)
                {
                    var socket = new CountingSocket();
                    socket.Bind(new IPEndPoint(local, 0));
                    return socket.BeginConnect(remote, null, null);
                }
            }
            """;
    }
}
