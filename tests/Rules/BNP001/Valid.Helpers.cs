using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Helper methods of the compilation that set the option, or bind after it was set.
    public sealed partial class Valid
    {
        public const string HelperSetsTheOption = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static void DeferPort(Socket socket)
                {
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                }

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    DeferPort(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_SetsTheOption() => VerifyCS.VerifyAnalyzerAsync(HelperSetsTheOption);

        public const string HelperReturnsDeferredSocket = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static Socket CreateClient()
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    return socket;
                }

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = CreateClient();
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_ReturnsDeferredSocket() => VerifyCS.VerifyAnalyzerAsync(HelperReturnsDeferredSocket);

        public const string HelperBindsAfterTheCallerSetTheOption = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static void BindLocal(Socket socket, IPAddress local) => socket.Bind(new IPEndPoint(local, 0));

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    BindLocal(socket, local);
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_BindsAfterTheCallerSetTheOption() => VerifyCS.VerifyAnalyzerAsync(HelperBindsAfterTheCallerSetTheOption);

        public const string HelperSetsTheOptionThenBinds = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static Socket CreateBound(IPAddress local)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    return socket;
                }

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = CreateBound(local);
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_SetsTheOptionThenBinds() => VerifyCS.VerifyAnalyzerAsync(HelperSetsTheOptionThenBinds);

        public const string HelperSetsTheOptionInsideALambda = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static void Step(string name, Action call) => call();

                static void DeferPort(Socket socket) => Step("setsockopt", () => socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1)));

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    DeferPort(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_SetsTheOptionInsideALambda() => VerifyCS.VerifyAnalyzerAsync(HelperSetsTheOptionInsideALambda);

        public const string PartialMethodSetsTheOption = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            partial class C
            {
                partial void DeferPort(Socket socket);

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    DeferPort(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }

            partial class C
            {
                partial void DeferPort(Socket socket)
                {
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                }
            }
            """;

        [Fact]
        public Task Helper_PartialMethodSetsTheOption() => VerifyCS.VerifyAnalyzerAsync(PartialMethodSetsTheOption);
    }
}
