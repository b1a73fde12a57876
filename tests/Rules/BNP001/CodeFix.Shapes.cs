using System.Threading.Tasks;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Every shape BNP001 finds (Diagnostics, same test names) gets the inline fix: the option block right before its Bind.
    public sealed partial class CodeFix
    {
        [Fact]
        public Task Connect_EndPoint() => Inline(Diagnostics.ConnectEndPoint, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Connect_AddressAndPort() => Inline(Diagnostics.ConnectAddressAndPort, Bnp001(0, "socket", "remote:443"));

        [Fact]
        public Task Connect_AddressesAndPort() => Inline(Diagnostics.ConnectAddressesAndPort, Bnp001(0, "socket", "remotes:443"));

        [Fact]
        public Task Connect_HostAndPort() => Inline(Diagnostics.ConnectHostAndPort, Bnp001(0, "socket", "\"example.org\":443"));

        [Fact]
        public Task ConnectAsync_Task() => Inline(Diagnostics.ConnectAsyncTask, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task ConnectAsync_ValueTaskWithCancellation() => Inline(Diagnostics.ConnectAsyncValueTaskWithCancellation, Bnp001(0, "socket", "host:80"));

        [Fact]
        public Task ConnectAsync_SocketAsyncEventArgs() => Inline(Diagnostics.ConnectAsyncEventArgs, Bnp001(0, "socket", "args"));

        // SocketTaskExtensions is still in net8.0, where the option can be written inline (on netstandard2.0 it cannot, below).
        [Fact]
        public Task ConnectAsync_NetStandardExtension() => Inline(Diagnostics.ConnectAsyncExtension, Bnp001(0, "socket", "remote:443"));

        // netstandard2.0 has neither SetRawSocketOption nor OperatingSystem.IsLinux: no inline fix there.
        [Fact]
        public Task ConnectAsync_NetStandardExtension_NoInlineFixOnNetStandard20() => new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferences.NetStandard20,
            TestCode = Diagnostics.ConnectAsyncExtension,
            ExpectedDiagnostics = { Bnp001(0, "socket", "remote:443") },
            FixedCode = Diagnostics.ConnectAsyncExtension,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
        }.RunAsync();

        [Fact]
        public Task BeginConnect_Apm() => Inline(Diagnostics.BeginConnect, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Apm_InAsyncMethod() => Inline(Diagnostics.ApmInAsyncMethod, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Subclass_OfSocket() => Inline(Diagnostics.SubclassOfSocket, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Subclass_KindHandedThroughAConstructorChain() => Inline(Diagnostics.SubclassOfSocketThroughAConstructorChain, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task OwnCode_FromAsyncOfOwnBeginMethodTakingTheSocketAsState() => Inline(Diagnostics.ConnectThroughFromAsyncOfOwnBeginMethod, Bnp001(0, "socket", "address"));

        [Fact]
        public Task PortGuard_OptionOnlyForANonZeroPort() => Inline(Diagnostics.OptionOnlyForANonZeroPort, Bnp001(0, "socket", "remote", "a port that may be 0, from parameter 'local'"));

        [Fact]
        public Task Socket_DualMode() => Inline(Diagnostics.DualModeSocket, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Socket_AddressFamilyOfTheEndPoint() => Inline(Diagnostics.AddressFamilyOfTheEndPoint, Bnp001(0, "socket", "remote", "a port that may be 0, from parameter 'local'"));

        [Fact]
        public Task Socket_DefaultProtocolOnInterNetwork() => Inline(Diagnostics.DefaultProtocolOnInterNetwork, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Socket_CreatedOnEitherBranchOfAConditional() => Inline(Diagnostics.CreatedOnEitherBranchOfAConditional, Bnp001(0, "socket", "remote", "a port that may be 0, from parameter 'local'"));

        [Fact]
        public Task Loop_BindEachIteration() => Inline(Diagnostics.BindInLoop, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Branch_BindOnOneBranch() => Inline(Diagnostics.BindOnOneBranch, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Branch_OptionOnOneBranchOnly() => Inline(Diagnostics.OptionOnOneBranchOnly, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Guard_OptionOnlyOnWindows() => Inline(Diagnostics.OptionOnlyOnWindows, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Guard_BindOnLinuxBranchWithoutOption() => Inline(Diagnostics.BindOnLinuxBranchWithoutOption, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Guard_EarlyReturnWhenNotLinux() => Inline(Diagnostics.EarlyReturnWhenNotLinuxLeavesLinuxPath, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Receiver_MemberAccessChain() => Inline(Diagnostics.MemberAccessChain, Bnp001(0, "this.conn.Socket", "remote"), socket: "this.conn.Socket");

        [Fact]
        public Task Try_BindAndConnect() => Inline(Diagnostics.InsideTry, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Try_OptionOnlyOnOnePath() => Inline(Diagnostics.OptionOnlyOnOnePathInsideTry, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Lambda_ConnectCallbackInFieldInitializer() => Inline(Diagnostics.ConnectCallbackInFieldInitializer, Bnp001(0, "socket", "context.DnsEndPoint"));

        // The written-out form of one case, which pins what FixedSources.Inline writes for all the others.
        [Fact]
        public Task Lambda_ConnectCallback()
        {
            const string fixedSource = """
                using System;
                using System.IO;
                using System.Net;
                using System.Net.Http;
                using System.Net.Sockets;

                class C
                {
                    HttpClient Create(IPAddress local)
                    {
                        var handler = new SocketsHttpHandler();
                        handler.ConnectCallback = async (context, cancellationToken) =>
                        {
                            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                            // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                            if (OperatingSystem.IsLinux())
                            {
                                socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                            }
                            socket.Bind(new IPEndPoint(local, 0));
                            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                            return new NetworkStream(socket, ownsSocket: true);
                        };
                        return new HttpClient(handler);
                    }
                }
                """;
            Assert.Equal(fixedSource, FixedSources.Inline(Diagnostics.ConnectCallbackLambda, "socket"));
            return Inline(Diagnostics.ConnectCallbackLambda, Bnp001(0, "socket", "context.DnsEndPoint"));
        }

        [Fact]
        public Task Lambda_ConnectInsideARetryLambda() => Inline(Diagnostics.ConnectInsideARetryLambda, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Lambda_DisposingTheSocketDoesNotHideIt() => Inline(Diagnostics.DisposedByACancellationCallback, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task LocalFunction_BindAndConnect() => Inline(Diagnostics.LocalFunction, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task TopLevel_Statements() => new VerifyCS.Test
        {
            TestCode = Diagnostics.TopLevelStatements,
            TestState = { OutputKind = OutputKind.ConsoleApplication },
            ExpectedDiagnostics = { Bnp001(0, "socket", "new IPEndPoint(IPAddress.Parse(\"10.0.0.1\"), 80)") },
            FixedCode = FixedSources.Inline(Diagnostics.TopLevelStatements, "socket"),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
        }.RunAsync();

        [Fact]
        public Task AcrossMembers_Field() => Inline(Diagnostics.AcrossMembersThroughField, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task AcrossMembers_Property() => Inline(Diagnostics.AcrossMembersThroughProperty, Bnp001(0, "Socket", "remote", "a port that may be 0, from parameter 'local'"), socket: "Socket");

        [Fact]
        public Task AcrossMembers_CreatedAndBoundInOneMember() => Inline(Diagnostics.AcrossMembersCreatedAndBoundInOneMember, Bnp001(0, "socket", "remote"));

        [Fact]
        public Task Using_Statement() => Inline(Diagnostics.UsingStatement, Bnp001(0, "socket", "remote"));
    }
}
