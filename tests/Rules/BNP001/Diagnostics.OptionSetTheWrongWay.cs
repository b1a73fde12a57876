using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // The option set in a way that throws on Linux is BNP003's to report: with every analyzer of the package running, BNP003
    // fires on the call and BNP001 stays silent, whether the call comes before or after the Bind.
    public sealed partial class Diagnostics
    {
        public const string OptionSetTheWrongWayIsAnotherRule = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|};
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Option_SetTheWrongWayIsBnp003s() => new PackageTest
        {
            TestCode = OptionSetTheWrongWayIsAnotherRule,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments("SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, ...)") },
        }.RunAsync();

        public const string OptionSetTheWrongWayAfterBind = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(local, 0));
                    {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Option_SetTheWrongWayAfterBindIsBnp003sToo() => new PackageTest
        {
            TestCode = OptionSetTheWrongWayAfterBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments("SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, ...)") },
        }.RunAsync();

        public const string WindowsReuseUnicastPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Option_WindowsReuseUnicastPortIsBnp003s() => new PackageTest
        {
            TestCode = WindowsReuseUnicastPort,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments("SetSocketOption with SocketOptionName.ReuseUnicastPort outside a Windows guard") },
        }.RunAsync();
    }
}
