using System.Threading.Tasks;
using Xunit;
using Verify = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP004
{
    /// <summary>Where BNP004 stays silent: the option comes before Bind, on another socket, or the wrong way (BNP003's).</summary>
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

        public const string WrongWayIsBnp003s = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket socket, IPEndPoint local)
                {
                    socket.Bind(local);
                    socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);
                }
            }
            """;

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

        [Fact] public Task Option_BeforeBind() => Verify.AnalyzerAsync(OptionBeforeBind);

        [Fact] public Task Option_OnAnotherSocket() => Verify.AnalyzerAsync(OptionOnAnotherSocket);

        [Fact] public Task Option_OtherOptionsAfterBind() => Verify.AnalyzerAsync(OtherOptionAfterBind);

        [Fact] public Task Option_WrongWayIsBnp003s() => Verify.AnalyzerAsync(WrongWayIsBnp003s);

        [Fact] public Task Socket_Udp() => Verify.AnalyzerAsync(UdpAfterBind);

        [Fact] public Task Loop_NewSocketEachIteration() => Verify.AnalyzerAsync(NewSocketEachIteration);
    }
}
