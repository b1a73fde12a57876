using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.OptionSetTheWrongWayAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP003
{
    /// <summary>Where BNP003 fires on IP_BIND_ADDRESS_NO_PORT asked for through SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, ...).</summary>
    public sealed partial class Diagnostics
    {
        private const string OptionTwentyFourCall = "SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, ...)";

        public const string OptionTwentyFourWithEveryOverload = """
            using System.Net.Sockets;

            class C
            {
                void M(Socket socket)
                {
                    {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|};
                    {|#1:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, 1)|};
                    {|#2:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, new byte[] { 1, 0, 0, 0 })|};
                    {|#3:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, (object)true)|};
                }
            }
            """;

        [Fact]
        public Task OptionTwentyFourAtLevelIpWithEveryOverload() => VerifyCS.VerifyAnalyzerAsync(
            OptionTwentyFourWithEveryOverload,
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall),
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(1).WithArguments(OptionTwentyFourCall),
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(2).WithArguments(OptionTwentyFourCall),
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(3).WithArguments(OptionTwentyFourCall));

        [Theory]
        [MemberData(nameof(OtherFrameworks))]
        public Task OptionTwentyFourAtLevelIpWithEveryOverload_OnOtherFrameworks(string framework) => new VerifyCS.Test
        {
            ReferenceAssemblies = framework == nameof(TestReferences.NetStandard20) ? TestReferences.NetStandard20 : TestReferences.Net100,
            TestCode = OptionTwentyFourWithEveryOverload,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall),
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(1).WithArguments(OptionTwentyFourCall),
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(2).WithArguments(OptionTwentyFourCall),
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(3).WithArguments(OptionTwentyFourCall),
            },
        }.RunAsync(CancellationToken.None);

        public static TheoryData<string> OtherFrameworks() => new() { nameof(TestReferences.NetStandard20), nameof(TestReferences.Net100) };

        public const string LevelAndNameAsNumbersOrNamedArguments = """
            using System.Net.Sockets;

            class C
            {
                const SocketOptionName IpBindAddressNoPort = (SocketOptionName)24;

                void M(Socket socket)
                {
                    {|#0:socket.SetSocketOption((SocketOptionLevel)0, IpBindAddressNoPort, true)|};
                    {|#1:socket.SetSocketOption(optionName: (SocketOptionName)24, optionValue: true, optionLevel: SocketOptionLevel.IP)|};
                    socket?{|#2:.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|};
                }
            }
            """;

        [Fact]
        public Task LevelAndNameWrittenAsNumbersOrNamedArguments() => VerifyCS.VerifyAnalyzerAsync(
            LevelAndNameAsNumbersOrNamedArguments,
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall),
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(1).WithArguments(OptionTwentyFourCall),
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(2).WithArguments(OptionTwentyFourCall));

        public const string TopLevelStatementsAndLambdas = """
            using System;
            using System.Net.Sockets;

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            Action set = () => {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|};
            {|#1:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
            """;

        [Fact]
        public Task InTopLevelStatementsAndLambdas() => new VerifyCS.Test
        {
            TestCode = TopLevelStatementsAndLambdas,
            TestState = { OutputKind = OutputKind.ConsoleApplication },
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall),
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(1).WithArguments(ReuseUnicastPortCall),
            },
        }.RunAsync(CancellationToken.None);

        // Also swept half-typed (HalfTypedSourceTests): the option's value is a parameter, the second call null-conditional after an early exit.
        public const string OptionBeforeAnEarlyExitOffWindows = """
            using System;
            using System.Net.Sockets;
            using System.Runtime.InteropServices;

            class C
            {
                void M(Socket socket, bool on)
                {
                    {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, on)|};
                    if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                    {
                        return;
                    }

                    socket?.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                }
            }
            """;

        [Fact]
        public Task OptionBeforeAnEarlyExit_OnlyTheOptionFires() => VerifyCS.VerifyAnalyzerAsync(
            OptionBeforeAnEarlyExitOffWindows,
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall));
    }
}
