using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A port test guards only the branch where the port is known not 0.
    public sealed partial class Diagnostics
    {
        public const string OptionOnlyForANonZeroPort = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPEndPoint local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (local.Port != 0)
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    {|#0:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        // The option is set where it does nothing, and missing where the port may be 0.
        [Fact]
        public Task PortGuard_OptionOnlyForANonZeroPort() => VerifyCS.VerifyAnalyzerAsync(
            OptionOnlyForANonZeroPort,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from parameter 'local'"));
    }
}
