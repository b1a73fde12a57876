using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A conditional whose branches make sockets of different kinds: what is bound is not known to be TCP.
    public sealed partial class Valid
    {
        public const string ConditionalOfUdpOrTcp = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(bool datagram, IPAddress local, EndPoint remote)
                {
                    var socket = datagram
                        ? new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
                        : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Conditional_UdpOrTcpIsNotKnownToBeTcp() => VerifyCS.VerifyAnalyzerAsync(ConditionalOfUdpOrTcp);

        public const string ConditionalWithTheOptionOnTheBoundBranch = """
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
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.Bind(new IPEndPoint(local, 0));
                    }

                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Conditional_OptionOnTheBranchThatBinds() => VerifyCS.VerifyAnalyzerAsync(ConditionalWithTheOptionOnTheBoundBranch);
    }
}
