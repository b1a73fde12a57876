using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.OptionSetAfterBindCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP004
{
    /// <summary>Where moving the option would change what the code means, no fix at all is offered.</summary>
    public sealed partial class CodeFix
    {
        public const string OptionReadsALocalDeclaredAfterBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    var on = BitConverter.GetBytes(1);
                    {|#0:socket.SetRawSocketOption(0, 24, on)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task NoFixWhenTheOptionReadsWhatIsDeclaredAfterBind() => new VerifyCS.Test
        {
            TestCode = OptionReadsALocalDeclaredAfterBind,
            FixedCode = OptionReadsALocalDeclaredAfterBind,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"),
            },
        }.RunAsync(CancellationToken.None);

        // Moved above the Bind, the option would still follow the Bind of the iteration before: no fix, since it would fix nothing.
        [Fact]
        public Task NoFixWhenALoopBindsTheSameSocketAgain() => new VerifyCS.Test
        {
            TestCode = Diagnostics.OptionSetInsideLoopAfterFirstBind,
            FixedCode = Diagnostics.OptionSetInsideLoopAfterFirstBind,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(1).WithLocation(0).WithArguments("socket"),
            },
        }.RunAsync(CancellationToken.None);

        public const string OptionInAnotherBlockThanBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote, bool defer)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (defer)
                    {
                        {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    }

                    {|#0:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task NoFixWhenTheOptionIsInAnotherBlock() => new VerifyCS.Test
        {
            TestCode = OptionInAnotherBlockThanBind,
            FixedCode = OptionInAnotherBlockThanBind,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"),
            },
        }.RunAsync(CancellationToken.None);
    }
}
