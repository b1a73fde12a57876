using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP004
{
    /// <summary>Where BNP004 stays silent: the option comes before Bind or goes to another socket, another option follows Bind, or the socket is UDP.</summary>
    public sealed partial class Valid
    {
        public const string OptionBeforeBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket socket, IPEndPoint local)
                {
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    socket.Bind(local);
                }
            }
            """;

        [Fact]
        public Task Option_BeforeBind() => VerifyCS.VerifyAnalyzerAsync(OptionBeforeBind);

        public const string OptionOnAnotherSocket = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket first, Socket second, IPEndPoint local)
                {
                    first.Bind(local);
                    second.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                }
            }
            """;

        [Fact]
        public Task Option_OnAnotherSocket() => VerifyCS.VerifyAnalyzerAsync(OptionOnAnotherSocket);

        public const string OtherOptionAfterBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket socket, IPEndPoint local)
                {
                    socket.Bind(local);
                    socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
                    socket.SetRawSocketOption(6, 1, BitConverter.GetBytes(1));
                }
            }
            """;

        [Fact]
        public Task Option_OtherOptionsAfterBind() => VerifyCS.VerifyAnalyzerAsync(OtherOptionAfterBind);

        public const string UdpAfterBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(IPEndPoint local)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                    socket.Bind(local);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                }
            }
            """;

        [Fact]
        public Task Socket_Udp() => VerifyCS.VerifyAnalyzerAsync(UdpAfterBind);

        public const string NewSocketEachIteration = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPEndPoint local, EndPoint remote, int count)
                {
                    for (var i = 0; i < count; i++)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.Bind(local);
                        socket.Connect(remote);
                    }
                }
            }
            """;

        [Fact]
        public Task Loop_NewSocketEachIteration() => VerifyCS.VerifyAnalyzerAsync(NewSocketEachIteration);
    }
}
