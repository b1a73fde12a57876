using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Helpers of the compilation that bind: the diagnostic is on the call in the member that connects, and its additional
    // location is the Bind inside the helper (#1), which the code fix edits.
    public sealed partial class Diagnostics
    {
        public const string HelperBindsItsArgument = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static void BindLocal(Socket socket, IPAddress local)
                {
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                }

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:BindLocal(socket, local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_BindsItsArgument() => VerifyCS.VerifyAnalyzerAsync(
            HelperBindsItsArgument,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public async Task Properties_HelperPointsAtTheBindInside()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(new VerifyCS.Test
            {
                TestCode = HelperBindsItsArgument,
                ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote", "port 0") },
            });
            Assert.Equal("HelperBindsArgument", diagnostic.Properties["BindForm"]);
            Assert.Equal("false", diagnostic.Properties["BindsWildcardWithPortZero"]);
            var inside = Assert.Single(diagnostic.AdditionalLocations);
            Assert.Equal("socket.Bind(new IPEndPoint(local, 0))", inside.SourceTree!.GetText().ToString(inside.SourceSpan));
        }

        public const string HelperReturnsBoundSocket = """
            using System.Net;
            using System.Net.Sockets;

            static class Sockets
            {
                public static Socket CreateBound(IPAddress local)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    return socket;
                }
            }

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = {|#0:Sockets.CreateBound(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_ReturnsBoundSocket() => VerifyCS.VerifyAnalyzerAsync(
            HelperReturnsBoundSocket,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote", "port 0"));

        public const string ExtensionHelperBindsItsReceiver = """
            using System.Net;
            using System.Net.Sockets;

            static class SocketExtensions
            {
                public static void BindTo(this Socket socket, IPAddress local) => {|#1:socket.Bind(new IPEndPoint(local, 0))|};
            }

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.BindTo(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Helper_ExtensionBindsItsReceiver() => VerifyCS.VerifyAnalyzerAsync(
            ExtensionHelperBindsItsReceiver,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote", "port 0"));
    }
}
