using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    public sealed partial class Valid
    {
        // A public constructor takes any socket: UDP, a server's, one with the option set.
        public const string BaseSocketFromAPublicConstructor = """
            using System.Net;
            using System.Net.Sockets;

            abstract class Channel
            {
                protected Channel(Socket socket) => Socket = socket;

                protected Socket Socket { get; }
            }

            sealed class AnyChannel : Channel
            {
                public AnyChannel(Socket socket)
                    : base(socket)
                {
                }

                public void Open(IPEndPoint local, EndPoint remote)
                {
                    Socket.Bind(local);
                    Socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Inherited_SocketFromAPublicConstructorIsNotKnown() => VerifyCS.VerifyAnalyzerAsync(BaseSocketFromAPublicConstructor);

        // Its own constructor makes a UDP socket, so the socket a caller gives is not known to be TCP either.
        public const string BaseSocketFromOwnUdpSocketOrACallers = """
            using System.Net;
            using System.Net.Sockets;

            abstract class Channel
            {
                protected Channel(Socket socket) => Socket = socket;

                protected Socket Socket { get; }
            }

            sealed class AnyChannel : Channel
            {
                public AnyChannel()
                    : this(new Socket(SocketType.Dgram, ProtocolType.Udp))
                {
                }

                public AnyChannel(Socket socket)
                    : base(socket)
                {
                }

                public void Open(IPEndPoint local, EndPoint remote)
                {
                    Socket.Bind(local);
                    Socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Inherited_OwnUdpSocketOrACallersIsNotKnownToBeTcp() => VerifyCS.VerifyAnalyzerAsync(BaseSocketFromOwnUdpSocketOrACallers);

        public const string BaseConstructorSetsTheOption = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            abstract class Channel
            {
                protected Channel(Socket socket)
                {
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    Socket = socket;
                }

                protected Socket Socket { get; }
            }

            sealed class TcpChannel : Channel
            {
                public TcpChannel()
                    : base(new Socket(SocketType.Stream, ProtocolType.Tcp))
                {
                }

                public void Open(IPEndPoint local, EndPoint remote)
                {
                    Socket.Bind(local);
                    Socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Inherited_BaseConstructorSetsTheOption() => VerifyCS.VerifyAnalyzerAsync(BaseConstructorSetsTheOption);

        // The twin of a TCP socket made in the base-constructor argument: a datagram one.
        [Fact]
        public Task Inherited_DatagramSocketMadeInTheBaseConstructorArgument() => VerifyCS.VerifyAnalyzerAsync(
            Diagnostics.SocketMadeInTheBaseConstructorArgument
                .Replace("SocketType.Stream, ProtocolType.Tcp) { NoDelay = true }", "SocketType.Dgram, ProtocolType.Udp)")
                .Replace("{|#0:", "").Replace("|}", ""));
    }
}
