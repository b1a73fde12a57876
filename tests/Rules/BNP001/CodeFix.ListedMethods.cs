using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A library's listed binding method stays: the option is set before its call, on the socket it is given.
    public sealed partial class CodeFix
    {
        internal const string ListedExtensionWithTheOptionBefore = """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using Shared;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    socket.BindReusable(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task ListedMethod_GetsTheOptionBeforeItsCall() => ListedMethodFix(additionalReferences: false);

        // With BindNoPort.Runtime referenced the call is not replaced by BindForConnect: the library's method does more than bind.
        [Fact]
        public Task ListedMethod_IsNotReplacedByBindForConnect() => ListedMethodFix(additionalReferences: true);

        private static Task ListedMethodFix(bool additionalReferences)
        {
            var test = new VerifyCS.Test
            {
                TestCode = Diagnostics.ListedExtensionBindsThenConnect,
                FixedCode = ListedExtensionWithTheOptionBefore,
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            };
            test.TestState.AdditionalProjects["Shared"].Sources.Add(Diagnostics.SharedSocketsLibrary);
            test.TestState.AdditionalProjectReferences.Add("Shared");
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n" + Diagnostics.BindingMethodOption + "\n"));
            if (additionalReferences)
            {
                test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
            }

            test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));
            return test.RunAsync();
        }
    }
}
