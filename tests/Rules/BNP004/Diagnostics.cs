using System.Threading.Tasks;
using BindNoPort.Tests.Verifiers;
using Xunit;
using Verify = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP004
{
    /// <summary>Where BNP004 fires: the option is set on a socket that is already bound (K7).</summary>
    public sealed partial class Diagnostics
    {
        public const string RawOptionAfterBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    {|BNP004:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string OptionAfterBindOnParameter = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket socket, IPEndPoint local)
                {
                    socket.Bind(local);
                    {|BNP004:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                }
            }
            """;

        public const string RuntimeDeferAfterBind = """
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                void Prepare(Socket socket, IPEndPoint local)
                {
                    socket.Bind(local);
                    {|BNP004:socket.DeferPortToConnect()|};
                }
            }
            """;

        public const string ReuseUnicastPortAfterBind = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket socket, IPEndPoint local)
                {
                    socket.Bind(local);
                    {|BNP004:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                }
            }
            """;

        public const string AfterBindOnOneBranch = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket socket, IPEndPoint? local)
                {
                    if (local is not null)
                    {
                        socket.Bind(local);
                    }

                    {|BNP004:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                }
            }
            """;

        public const string AfterTcpClientConstructor = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpClient Create(IPEndPoint local)
                {
                    var client = new TcpClient(local);
                    {|BNP004:client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    return client;
                }
            }
            """;

        [Fact] public Task Raw_AfterBindBeforeConnect() => Verify.AnalyzerAsync(RawOptionAfterBind);

        [Fact] public Task Raw_AfterBindOnParameter() => Verify.AnalyzerAsync(OptionAfterBindOnParameter);

        [Fact] public Task Runtime_DeferPortToConnectAfterBind() => Verify.AnalyzerAsync(RuntimeDeferAfterBind, new TestOptions { ReferenceRuntime = true });

        [Fact] public Task Windows_ReuseUnicastPortAfterBind() => Verify.AnalyzerAsync(ReuseUnicastPortAfterBind);

        [Fact] public Task Branch_AfterBindOnOneBranch() => Verify.AnalyzerAsync(AfterBindOnOneBranch);

        [Fact] public Task TcpClient_AfterConstructorBind() => Verify.AnalyzerAsync(AfterTcpClientConstructor);

        [Fact]
        public async Task AdditionalLocation_IsTheBind()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(OptionAfterBindOnParameter);
            Assert.Equal("socket", diagnostic.Properties["SocketExpression"]);
            var bind = Assert.Single(diagnostic.AdditionalLocations);
            Assert.Equal("socket.Bind(local)", bind.SourceTree!.GetText().ToString(bind.SourceSpan));
        }
    }
}
