using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP005
{
    /// <summary>Where BNP005 informs: a client bound to an explicit, constant, non-zero local port before it connects.</summary>
    public sealed partial class Diagnostics
    {
        public const string ConstantPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 5000))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Port_Constant() => VerifyCS.VerifyAnalyzerAsync(
            ConstantPort,
            VerifyCS.Diagnostic(Descriptors.BNP005ExplicitLocalPortBeforeConnect).WithLocation(0).WithArguments("socket", "remote"));

        [Fact]
        public Task Port_Constant_OnNet100() => new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferences.Net100,
            TestCode = ConstantPort,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP005ExplicitLocalPortBeforeConnect).WithLocation(0).WithArguments("socket", "remote") },
        }.RunAsync(CancellationToken.None);

        public const string ConstantPortThroughLocal = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                const int SourcePort = 40000;

                void Open(EndPoint remote)
                {
                    var local = new IPEndPoint(IPAddress.Any, SourcePort);
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    {|#0:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Port_ConstantThroughLocalEvenWithOption() => VerifyCS.VerifyAnalyzerAsync(
            ConstantPortThroughLocal,
            VerifyCS.Diagnostic(Descriptors.BNP005ExplicitLocalPortBeforeConnect).WithLocation(0).WithArguments("socket", "remote"));

        [Fact]
        public Task Properties_CarryThePort()
        {
            var test = new VerifyCS.Test
            {
                TestCode = ConstantPortThroughLocal,
                ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP005ExplicitLocalPortBeforeConnect).WithLocation(0).WithArguments("socket", "remote") },
                DiagnosticVerifier = (diagnostic, _, verifier) =>
                {
                    verifier.Equal("40000", diagnostic.Properties[DiagnosticPropertyNames.LocalPort]);
                    verifier.Equal("local", diagnostic.Properties[DiagnosticPropertyNames.LocalEndPoint]);
                },
            };
            return test.RunAsync(CancellationToken.None);
        }

        public const string PortHeldInALocal = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var port = 5000;
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, port))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Port_HeldInALocal() => VerifyCS.VerifyAnalyzerAsync(
            PortHeldInALocal,
            VerifyCS.Diagnostic(Descriptors.BNP005ExplicitLocalPortBeforeConnect).WithLocation(0).WithArguments("socket", "remote"));

        public const string TcpClientConstantPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, string host)
                {
                    var client = {|#0:new TcpClient(new IPEndPoint(local, 5000))|};
                    client.Connect(host, 443);
                }
            }
            """;

        [Fact]
        public Task TcpClient_ConstantPort() => VerifyCS.VerifyAnalyzerAsync(
            TcpClientConstantPort,
            VerifyCS.Diagnostic(Descriptors.BNP005ExplicitLocalPortBeforeConnect).WithLocation(0).WithArguments("client", "host:443"));
    }
}
