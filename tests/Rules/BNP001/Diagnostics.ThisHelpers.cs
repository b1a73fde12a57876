using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Helpers of this object called in order on a field: the path through them binds, then connects.
    public sealed partial class Diagnostics
    {
        public const string ThisHelpersInOrderWhileAnotherPathListens = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class Connection
            {
                private readonly IPAddress localAddress;
                private readonly EndPoint remote;
                private Socket? socket;

                public Connection(IPAddress localAddress, EndPoint remote)
                {
                    this.localAddress = localAddress;
                    this.remote = remote;
                }

                public async Task OpenAsync()
                {
                    CreateSocket();
                    {|#0:BindToLocalAddress()|};
                    await ConnectCore();
                }

                public void Accept()
                {
                    CreateSocket();
                    BindToLocalAddress();
                    socket!.Listen(16);
                }

                private void CreateSocket() => socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                private void BindToLocalAddress()
                {
                    {|#1:socket!.Bind(new IPEndPoint(localAddress, 0))|};
                }

                private async Task ConnectCore() => await socket!.ConnectAsync(remote);
            }
            """;

        [Fact]
        public Task ThisHelpers_InOrderWhileAnotherPathListens() => VerifyCS.VerifyAnalyzerAsync(
            ThisHelpersInOrderWhileAnotherPathListens,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote", "port 0"));

        // Nobody listens: the bind inside the helper is reported once, where it is, naming the connect of another member.
        public const string ThisHelpersInOrderOnAClientOnly = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class Connection
            {
                private readonly IPAddress localAddress = IPAddress.Loopback;
                private readonly EndPoint remote = new IPEndPoint(IPAddress.Loopback, 80);
                private Socket? socket;

                public async Task OpenAsync()
                {
                    CreateSocket();
                    BindToLocalAddress();
                    await ConnectCore();
                }

                private void CreateSocket() => socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                private void BindToLocalAddress()
                {
                    {|#0:socket!.Bind(new IPEndPoint(localAddress, 0))|};
                }

                private async Task ConnectCore() => await socket!.ConnectAsync(remote);
            }
            """;

        [Fact]
        public Task ThisHelpers_OnAClientOnlyReportTheBindOnce() => VerifyCS.VerifyAnalyzerAsync(
            ThisHelpersInOrderOnAClientOnly,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));
    }
}
