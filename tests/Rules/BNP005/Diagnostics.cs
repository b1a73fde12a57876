using System.Threading.Tasks;
using Xunit;
using Verify = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP005
{
    /// <summary>Where BNP005 informs: a client bound to an explicit, constant, non-zero local port before it connects.</summary>
    public sealed partial class Diagnostics
    {
        public const string ConstantPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP005:socket.Bind(new IPEndPoint(local, 5000))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string ConstantPortThroughLocal = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                const int SourcePort = 40000;

                void Open(EndPoint remote)
                {
                    var local = new IPEndPoint(IPAddress.Any, SourcePort);
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    {|BNP005:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string TcpClientConstantPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, string host)
                {
                    var client = {|BNP005:new TcpClient(new IPEndPoint(local, 5000))|};
                    client.Connect(host, 443);
                }
            }
            """;

        public const string PortHeldInALocal = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var port = 5000;
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP005:socket.Bind(new IPEndPoint(local, port))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact] public Task Port_Constant() => Verify.AnalyzerAsync(ConstantPort);

        [Fact] public Task Port_ConstantThroughLocalEvenWithOption() => Verify.AnalyzerAsync(ConstantPortThroughLocal);

        [Fact] public Task Port_HeldInALocal() => Verify.AnalyzerAsync(PortHeldInALocal);

        [Fact] public Task TcpClient_ConstantPort() => Verify.AnalyzerAsync(TcpClientConstantPort);

        [Fact]
        public async Task Properties_CarryThePort()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(ConstantPortThroughLocal);
            Assert.Equal(BindNoPort.Analyzers.RuleIdentifiers.ExplicitLocalPortBeforeConnect, diagnostic.Id);
            Assert.Equal("40000", diagnostic.Properties["LocalPort"]);
            Assert.Equal("local", diagnostic.Properties["LocalEndPoint"]);
        }
    }
}
