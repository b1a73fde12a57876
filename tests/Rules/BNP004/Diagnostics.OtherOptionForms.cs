using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP004
{
    /// <summary>BNP004 on the other ways to ask for port deferral after Bind: the runtime's DeferPortToConnect, Windows' ReuseUnicastPort; and not on the wrong way, which is BNP003's.</summary>
    public sealed partial class Diagnostics
    {
        public const string RuntimeDeferAfterBind = """
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                void Prepare(Socket socket, IPEndPoint local)
                {
                    {|#1:socket.Bind(local)|};
                    {|#0:socket.DeferPortToConnect()|};
                }
            }
            """;

        [Fact]
        public Task Runtime_DeferPortToConnectAfterBind() => new VerifyCS.Test
        {
            TestCode = RuntimeDeferAfterBind,
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket") },
        }.RunAsync(CancellationToken.None);

        public const string ReuseUnicastPortAfterBind = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket socket, IPEndPoint local)
                {
                    {|#1:socket.Bind(local)|};
                    {|#0:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                }
            }
            """;

        [Fact]
        public Task Windows_ReuseUnicastPortAfterBind() => VerifyCS.VerifyAnalyzerAsync(
            ReuseUnicastPortAfterBind,
            VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"));

        public const string WrongWayAfterBind = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket socket, IPEndPoint local)
                {
                    socket.Bind(local);
                    {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|};
                }
            }
            """;

        // Was a Valid case of BNP004; with every analyzer running, the call is BNP003's alone.
        [Fact]
        public Task Option_WrongWayIsBnp003s() => new PackageAnalyzers.Test
        {
            TestCode = WrongWayAfterBind,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay)
                    .WithLocation(0)
                    .WithArguments("SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, ...)"),
            },
        }.RunAsync(CancellationToken.None);
    }
}
