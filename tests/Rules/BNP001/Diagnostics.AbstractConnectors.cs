using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A base connector makes its socket through a virtual factory and connects it through an abstract method; its code
    // runs as each concrete subclass, and where one makes the socket TCP and connects it, its bind is reported.
    public sealed partial class Diagnostics
    {
        internal const string Connector = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            abstract class Connector
            {
                public IPEndPoint? LocalEndPoint { get; set; }

                protected abstract Socket CreateSocket(EndPoint remote);

                protected abstract void BeginConnectCore(Socket socket, EndPoint remote);

                public void Connect(EndPoint remote)
                {
                    var socket = CreateSocket(remote);
                    if (LocalEndPoint != null)
                    {
                        {|#0:socket.Bind(LocalEndPoint)|};
                    }

                    BeginConnectCore(socket, remote);
                }
            }

            """;

        internal const string TcpConnector = """

            sealed class TcpConnector : Connector
            {
                protected override Socket CreateSocket(EndPoint remote) => new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp);

                protected override void BeginConnectCore(Socket socket, EndPoint remote) => socket.BeginConnect(remote, null, null);
            }

            """;

        internal const string UdpConnector = """

            sealed class UdpConnector : Connector
            {
                protected override Socket CreateSocket(EndPoint remote) => new Socket(remote.AddressFamily, SocketType.Dgram, ProtocolType.Udp);

                protected override void BeginConnectCore(Socket socket, EndPoint remote) => socket.Connect(remote);
            }

            """;

        public const string AbstractConnectorWithATcpAndAUdpSubclass = Connector + TcpConnector + UdpConnector;

        [Fact]
        public Task AbstractConnector_ReportedWhereASubclassMakesItTcp() => VerifyCS.VerifyAnalyzerAsync(
            AbstractConnectorWithATcpAndAUdpSubclass,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from property 'Connector.LocalEndPoint'"));

        [Fact]
        public Task AbstractConnector_ATcpSubclassTwoLevelsDown() => VerifyCS.VerifyAnalyzerAsync(
            Connector + """

            abstract class StreamConnector : Connector
            {
                protected override Socket CreateSocket(EndPoint remote) => new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            }

            sealed class PlainConnector : StreamConnector
            {
                protected override void BeginConnectCore(Socket socket, EndPoint remote) => socket.BeginConnect(remote, null, null);
            }
            """,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from property 'Connector.LocalEndPoint'"));
    }
}
