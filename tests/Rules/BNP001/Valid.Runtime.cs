using System.Threading.Tasks;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // BindNoPort.Runtime's helpers set the option before they bind.
    public sealed partial class Valid
    {
        public const string RuntimeDeferPortToConnect = """
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var first = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    first.DeferPortToConnect();
                    first.Bind(new IPEndPoint(local, 0));
                    first.Connect(remote);

                    var second = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    PortDeferral.DeferPortToConnect(second);
                    second.Bind(new IPEndPoint(local, 0));
                    second.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Runtime_DeferPortToConnect() => new VerifyCS.Test
        {
            TestCode = RuntimeDeferPortToConnect,
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync();

        public const string RuntimeBindForConnect = """
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.BindForConnect(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Runtime_BindForConnect() => new VerifyCS.Test
        {
            TestCode = RuntimeBindForConnect,
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync();
    }
}
