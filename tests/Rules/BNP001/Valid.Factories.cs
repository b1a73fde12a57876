using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    public sealed partial class Valid
    {
        public const string FactorySetsTheOptionBeforeItBinds = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            static class Sockets
            {
                static Socket NewTcp() => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                public static Socket Bound(IPAddress local)
                {
                    var socket = NewTcp();
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    socket.Bind(new IPEndPoint(local, 0));
                    return socket;
                }
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = Sockets.Bound(local);
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Factory_SetsTheOptionBeforeItBinds() => VerifyCS.VerifyAnalyzerAsync(FactorySetsTheOptionBeforeItBinds);

        public const string FactoryMakesAUdpSocket = """
            using System.Net;
            using System.Net.Sockets;

            static class Sockets
            {
                public static Socket NewUdp() => new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = Sockets.NewUdp();
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Factory_MakesAUdpSocket() => VerifyCS.VerifyAnalyzerAsync(FactoryMakesAUdpSocket);

        // Past the nesting cap a helper is code not seen: it may set the option, so the bind is not reported.
        public const string OptionSetFiveHelpersDeep = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            static class Tuning
            {
                public static void One(Socket socket) => Two(socket);
                static void Two(Socket socket) => Three(socket);
                static void Three(Socket socket) => Four(socket);
                static void Four(Socket socket) => Five(socket);
                static void Five(Socket socket) => socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Tuning.One(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_OptionSetPastTheNestingCapCountsAsSet() => VerifyCS.VerifyAnalyzerAsync(OptionSetFiveHelpersDeep);

        // Helpers that call each other: the summaries end at the nesting cap, and the option set before the cycle holds.
        public const string HelpersCallEachOther = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            static class Tuning
            {
                public static void Ping(Socket socket) => Pong(socket);

                static void Pong(Socket socket)
                {
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    Ping(socket);
                }
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Tuning.Ping(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_CyclesEndAtTheCap() => VerifyCS.VerifyAnalyzerAsync(HelpersCallEachOther);

        public const string AsyncFactoryReturnsADeferredSocket = """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            static class Sockets
            {
                public static async ValueTask<Socket> BoundAsync(IPAddress local)
                {
                    await Task.Yield();
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    socket.Bind(new IPEndPoint(local, 0));
                    return socket;
                }
            }

            class Dialer
            {
                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = await Sockets.BoundAsync(local);
                    await socket.ConnectAsync(remote);
                }
            }
            """;

        [Fact]
        public Task Factory_AsyncReturnsADeferredSocket() => VerifyCS.VerifyAnalyzerAsync(AsyncFactoryReturnsADeferredSocket);
    }
}
