using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP004
{
    /// <summary>Where BNP004 fires: SetRawSocketOption(0, 24, ...) on a socket that is already bound (K7); its additional location is that Bind.</summary>
    public sealed partial class Diagnostics
    {
        public const string RawOptionAfterBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    {|#0:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    socket.Connect(remote);
                }
            }
            """;

        // The option comes too late for the Bind, so the Bind is also BNP001's.
        [Fact]
        public Task Raw_AfterBindBeforeConnect() => VerifyCS.VerifyAnalyzerAsync(
            RawOptionAfterBind,
            VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"),
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(1).WithArguments("socket", "remote"));

        [Fact]
        public Task Raw_AfterBindBeforeConnect_OnNet100() => new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferences.Net100,
            TestCode = RawOptionAfterBind,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"),
                VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(1).WithArguments("socket", "remote"),
            },
        }.RunAsync(CancellationToken.None);

        public const string OptionAfterBindOnParameter = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket socket, IPEndPoint local)
                {
                    {|#1:socket.Bind(local)|};
                    {|#0:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                }
            }
            """;

        [Fact]
        public Task Raw_AfterBindOnParameter() => VerifyCS.VerifyAnalyzerAsync(
            OptionAfterBindOnParameter,
            VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"));

        [Fact]
        public Task AdditionalLocation_IsTheBind() => new VerifyCS.Test
        {
            TestCode = OptionAfterBindOnParameter,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket") },
            DiagnosticVerifier = (diagnostic, _, verifier) =>
            {
                verifier.Equal("socket", diagnostic.Properties[DiagnosticPropertyNames.SocketExpression]);
                var bind = diagnostic.AdditionalLocations[0];
                verifier.Equal("socket.Bind(local)", bind.SourceTree!.GetText().ToString(bind.SourceSpan));
            },
        }.RunAsync(CancellationToken.None);

        public const string AfterBindOnOneBranch = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Prepare(Socket socket, IPEndPoint? local)
                {
                    if (local is not null)
                    {
                        {|#1:socket.Bind(local)|};
                    }

                    {|#0:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                }
            }
            """;

        [Fact]
        public Task Branch_AfterBindOnOneBranch() => VerifyCS.VerifyAnalyzerAsync(
            AfterBindOnOneBranch,
            VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"));

        public const string AfterTcpClientConstructor = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpClient Create(IPEndPoint local)
                {
                    var client = {|#1:new TcpClient(local)|};
                    {|#0:client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    return client;
                }
            }
            """;

        [Fact]
        public Task TcpClient_AfterConstructorBind() => VerifyCS.VerifyAnalyzerAsync(
            AfterTcpClientConstructor,
            VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("client.Client"));
    }
}
