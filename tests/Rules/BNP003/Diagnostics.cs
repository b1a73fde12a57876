using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Xunit;

namespace BindNoPort.Tests.Rules.BNP003
{
    public sealed partial class Diagnostics
    {
        [Theory]
        [InlineData("true")]
        [InlineData("1")]
        [InlineData("new byte[] { 1, 0, 0, 0 }")]
        [InlineData("(object)true")]
        public Task OptionTwentyFourAtLevelIpWithEveryOverload(string value)
        {
            var source = $$"""
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket)
                    {
                        [|socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, {{value}})|];
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source);
        }

        [Fact]
        public Task LevelAndNameWrittenAsNumbersOrNamedArguments()
        {
            const string source = """
                using System.Net.Sockets;

                class C
                {
                    const SocketOptionName IpBindAddressNoPort = (SocketOptionName)24;

                    void M(Socket socket)
                    {
                        [|socket.SetSocketOption((SocketOptionLevel)0, IpBindAddressNoPort, true)|];
                        [|socket.SetSocketOption(optionName: (SocketOptionName)24, optionValue: true, optionLevel: SocketOptionLevel.IP)|];
                        socket?[|.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|];
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source);
        }

        [Fact]
        public Task ReuseUnicastPortWithoutAGuard()
        {
            const string source = """
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket)
                    {
                        [|socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|];
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source);
        }

        [Fact]
        public Task ReuseUnicastPortUnderAGuardThatLetsLinuxIn()
        {
            const string source = """
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket, bool windows)
                    {
                        if (OperatingSystem.IsWindows() || windows)
                        {
                            [|socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|];
                        }

                        if (!OperatingSystem.IsWindows())
                        {
                            [|socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|];
                        }

                        if (OperatingSystem.IsWindows())
                        {
                        }
                        else
                        {
                            [|socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|];
                        }

                        if (!OperatingSystem.IsLinux())
                        {
                            [|socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|];
                        }
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source);
        }

        [Fact]
        public Task ReuseUnicastPortInAMethodMarkedForLinuxToo()
        {
            const string source = """
                using System.Net.Sockets;
                using System.Runtime.Versioning;

                class C
                {
                    [SupportedOSPlatform("windows")]
                    [SupportedOSPlatform("linux")]
                    void M(Socket socket)
                    {
                        [|socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|];
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source);
        }

        [Fact]
        public Task InTopLevelStatementsAndLambdas()
        {
            const string source = """
                using System;
                using System.Net.Sockets;

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                Action set = () => [|socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|];
                [|socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|];
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source, new TestOptions { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication });
        }

        [Fact]
        public Task HalfTypedCodeNeverThrows()
        {
            const string source = """
                using System;
                using System.Net.Sockets;
                using System.Runtime.InteropServices;

                class C
                {
                    void M(Socket socket, bool on)
                    {
                        socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, on);
                        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                        {
                            return;
                        }

                        socket?.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }
                }
                """;
            return TruncatedSources.AssertNoAnalyzerExceptionAsync<OptionSetTheWrongWayAnalyzer>(source);
        }
    }
}
