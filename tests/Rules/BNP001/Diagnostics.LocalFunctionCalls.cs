using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A local function called directly runs at the call: its Bind comes before the connect that follows the call.
    public sealed partial class Diagnostics
    {
        public const string LocalFunctionBindsWhereItIsCalled = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    BindLocal();
                    socket.Connect(remote);

                    void BindLocal()
                    {
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    }
                }
            }
            """;

        [Fact]
        public Task LocalFunction_BindsWhereItIsCalled() => VerifyCS.VerifyAnalyzerAsync(
            LocalFunctionBindsWhereItIsCalled,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string LocalFunctionBindsItsParameter = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Prepare(socket, new IPEndPoint(local, 0));
                    socket.Connect(remote);

                    static void Prepare(Socket target, IPEndPoint endPoint) => {|#0:target.Bind(endPoint)|};
                }
            }
            """;

        [Fact]
        public Task LocalFunction_BindsItsParameter() => VerifyCS.VerifyAnalyzerAsync(
            LocalFunctionBindsItsParameter,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("target", "remote", "port 0"));
    }
}
