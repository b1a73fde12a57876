using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A bind under a guard that makes the socket only when there is none yet: the path that makes it binds, then connects.
    public sealed partial class Diagnostics
    {
        public const string BindUnderANullOrNotBoundGuard = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class Channel
            {
                private Socket? socket;

                public async Task SendAsync(IPAddress local, EndPoint remote)
                {
                    if (socket is null || !socket.IsBound)
                    {
                        socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    }

                    await socket.ConnectAsync(remote);
                }
            }
            """;

        [Fact]
        public Task Guard_BindWhenNullOrNotBound() => VerifyCS.VerifyAnalyzerAsync(
            BindUnderANullOrNotBoundGuard,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string BindUnderANotBoundGuardOfAParameter = """
            using System.Net;
            using System.Net.Sockets;

            class Channel
            {
                public Socket Open(Socket? socket, IPAddress local, EndPoint remote)
                {
                    if (socket is null || !socket.IsBound)
                    {
                        socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    }

                    socket.Connect(remote);
                    return socket;
                }
            }
            """;

        [Fact]
        public Task Guard_ParameterReplacedWhenNotBound() => VerifyCS.VerifyAnalyzerAsync(
            BindUnderANotBoundGuardOfAParameter,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));
    }
}
