using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    public sealed partial class Valid
    {
        public const string LocalFunctionSetsTheOptionWhereItIsCalled = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    DeferPort();
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);

                    void DeferPort() => socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                }
            }
            """;

        [Fact]
        public Task LocalFunction_SetsTheOptionWhereItIsCalled() => VerifyCS.VerifyAnalyzerAsync(LocalFunctionSetsTheOptionWhereItIsCalled);

        // Made a delegate, the local function runs at a time the method does not know.
        public const string LocalFunctionMadeADelegate = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote, Action<Action> schedule)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    schedule(DeferPort);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);

                    void DeferPort() => socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                }
            }
            """;

        [Fact]
        public Task LocalFunction_AsADelegateRunsAtAnUnknownTime() => VerifyCS.VerifyAnalyzerAsync(LocalFunctionMadeADelegate);
    }
}
