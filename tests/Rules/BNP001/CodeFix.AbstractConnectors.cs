using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // The base connector's bind, reported as its TCP subclass runs it, is fixed where it is written: for every subclass.
    public sealed partial class CodeFix
    {
        [Fact]
        public Task Shape_AbstractConnectorGetsTheOptionBeforeItsBind() => InlineFix(
            Diagnostics.AbstractConnectorWithATcpAndAUdpSubclass,
            Diagnostics.AbstractConnectorWithATcpAndAUdpSubclass.Replace(
                "{|#0:socket.Bind(LocalEndPoint)|};",
                """
                // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                            if (OperatingSystem.IsLinux())
                            {
                                socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                            }
                            socket.Bind(LocalEndPoint);
                """),
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from property 'Connector.LocalEndPoint'"));
    }
}
