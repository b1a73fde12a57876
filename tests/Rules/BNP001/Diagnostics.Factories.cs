using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Factories and helpers of the compilation at any depth: each is summarized once, the summaries nest.
    public sealed partial class Diagnostics
    {
        public const string FactoryMakesTheSocketTheCallerBinds = """
            using System.Net;
            using System.Net.Sockets;

            static class Sockets
            {
                public static Socket NewTcp() => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = Sockets.NewTcp();
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Factory_MakesTheSocketTheCallerBinds() => VerifyCS.VerifyAnalyzerAsync(
            FactoryMakesTheSocketTheCallerBinds,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string FactoryOfAFactoryReturnsABoundLocal = """
            using System.Net;
            using System.Net.Sockets;

            static class Sockets
            {
                static Socket NewTcp(AddressFamily family) => new Socket(family, SocketType.Stream, ProtocolType.Tcp);

                public static Socket Bound(IPAddress local)
                {
                    var socket = NewTcp(AddressFamily.InterNetwork);
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    return socket;
                }
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = {|#0:Sockets.Bound(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Factory_OfAFactoryReturnsABoundLocal() => VerifyCS.VerifyAnalyzerAsync(
            FactoryOfAFactoryReturnsABoundLocal,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote", "port 0"));

        public const string HelperHandsTheSocketToASecondHelperThatBinds = """
            using System.Net;
            using System.Net.Sockets;

            static class Egress
            {
                public static void BindLocal(Socket socket, IPAddress local) => BindTo(socket, new IPEndPoint(local, 0));

                static void BindTo(Socket socket, EndPoint localEndPoint)
                {
                    {|#1:socket.Bind(localEndPoint)|};
                }
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:Egress.BindLocal(socket, local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_HandsTheSocketToASecondHelperThatBinds() => VerifyCS.VerifyAnalyzerAsync(
            HelperHandsTheSocketToASecondHelperThatBinds,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote", "port 0"));

        public const string AsyncFactoryReturnsABoundSocket = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            static class Sockets
            {
                public static async Task<Socket> BoundAsync(IPAddress local)
                {
                    await Task.Yield();
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    return socket;
                }
            }

            class Dialer
            {
                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = await {|#0:Sockets.BoundAsync(local)|}.ConfigureAwait(false);
                    await socket.ConnectAsync(remote);
                }
            }
            """;

        // The socket an async factory returns is what its await gives.
        [Fact]
        public Task Factory_AsyncReturnsABoundSocket() => VerifyCS.VerifyAnalyzerAsync(
            AsyncFactoryReturnsABoundSocket,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote", "port 0"));
    }
}
