using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    public sealed partial class Valid
    {
        private static string Unmarked(string source) => source.Replace("{|#0:", "").Replace("|}", "");

        // The twin: the only subclass makes a datagram socket, whose connect reserves nothing.
        [Fact]
        public Task AbstractConnector_OnlyAUdpSubclass() => VerifyCS.VerifyAnalyzerAsync(Unmarked(Diagnostics.Connector + Diagnostics.UdpConnector));

        // No concrete subclass in the compilation: what the factory makes is not known.
        [Fact]
        public Task AbstractConnector_NoSubclass() => VerifyCS.VerifyAnalyzerAsync(Unmarked(Diagnostics.Connector));

        // The TCP subclass sets the option in its factory, before the base binds: the port is chosen at connect.
        [Fact]
        public Task AbstractConnector_SubclassSetsTheOptionInItsFactory() => VerifyCS.VerifyAnalyzerAsync(Unmarked(Diagnostics.Connector) + """

            sealed class TunedConnector : Connector
            {
                protected override Socket CreateSocket(EndPoint remote)
                {
                    var socket = new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    return socket;
                }

                protected override void BeginConnectCore(Socket socket, EndPoint remote) => socket.BeginConnect(remote, null, null);
            }
            """);

        // The TCP subclass listens instead of connecting: a server's socket.
        [Fact]
        public Task AbstractConnector_SubclassListens() => VerifyCS.VerifyAnalyzerAsync(Unmarked(Diagnostics.Connector) + """

            sealed class Acceptor : Connector
            {
                protected override Socket CreateSocket(EndPoint remote) => new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp);

                protected override void BeginConnectCore(Socket socket, EndPoint remote) => socket.Listen(16);
            }
            """);
    }
}
