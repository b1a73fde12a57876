using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A missing reference leaves Bind or Connect unresolved between its overloads; the call is still a socket's.
    public sealed partial class Diagnostics
    {
        public const string ConnectToAnEndPointOfAMissingType = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, {|#1:Proxy|}.Upstream remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Unresolved_ConnectStillConnects() => VerifyCS.VerifyAnalyzerAsync(
            ConnectToAnEndPointOfAMissingType,
            DiagnosticResult.CompilerError("CS0246").WithLocation(1).WithArguments("Proxy"),
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string BindToAnEndPointOfAMissingType = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open({|#1:Proxy|}.Egress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Unresolved_BindStillBinds() => VerifyCS.VerifyAnalyzerAsync(
            BindToAnEndPointOfAMissingType,
            DiagnosticResult.CompilerError("CS0246").WithLocation(1).WithArguments("Proxy"),
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from parameter 'local'"));
    }
}
