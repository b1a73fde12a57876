using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;

namespace BindNoPort.Tests.Rules.BNP003
{
    public sealed partial class CodeFix
    {
        [Theory]
        [InlineData("true", "BitConverter.GetBytes(1)")]
        [InlineData("false", "BitConverter.GetBytes(0)")]
        [InlineData("enabled", "BitConverter.GetBytes(enabled ? 1 : 0)")]
        [InlineData("enabled && count > 0", "BitConverter.GetBytes((enabled && count > 0) ? 1 : 0)")]
        [InlineData("count", "BitConverter.GetBytes(count)")]
        [InlineData("new byte[] { 1, 0, 0, 0 }", "new byte[] { 1, 0, 0, 0 }")]
        public Task OptionTwentyFourBecomesTheRawOption(string value, string bytes)
        {
            var source = $$"""
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket, bool enabled, int count)
                    {
                        [|socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, {{value}})|];
                    }
                }
                """;
            var fixedSource = $$"""
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket, bool enabled, int count)
                    {
                        socket.SetRawSocketOption(0, 24, {{bytes}});
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer, OptionSetTheWrongWayCodeFixProvider>.CodeFixAsync(source, fixedSource);
        }

        [Fact]
        public Task KeepsTheSocketExpressionCommentsAndFullNamesWithoutUsingSystem()
        {
            const string source = """
                using System.Net.Sockets;

                class C
                {
                    private Socket? socket;

                    void M()
                    {
                        // Defer the port to connect.
                        [|this.socket!.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|]; // IP_BIND_ADDRESS_NO_PORT
                        this.socket?[|.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, optionValue: 1)|];
                    }
                }
                """;
            const string fixedSource = """
                using System.Net.Sockets;

                class C
                {
                    private Socket? socket;

                    void M()
                    {
                        // Defer the port to connect.
                        this.socket!.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1)); // IP_BIND_ADDRESS_NO_PORT
                        this.socket?.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer, OptionSetTheWrongWayCodeFixProvider>.CodeFixAsync(source, fixedSource);
        }

        [Fact]
        public Task FixAllRewritesEveryCallInTheDocument()
        {
            const string source = """
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket first, Socket second, bool on)
                    {
                        [|first.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|];
                        [|second.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, on)|];
                        Action later = () => [|first.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, 0)|];
                    }
                }
                """;
            const string fixedSource = """
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket first, Socket second, bool on)
                    {
                        first.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        second.SetRawSocketOption(0, 24, BitConverter.GetBytes(on ? 1 : 0));
                        Action later = () => first.SetRawSocketOption(0, 24, BitConverter.GetBytes(0));
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer, OptionSetTheWrongWayCodeFixProvider>.CodeFixAsync(source, fixedSource, EquivalenceKeys.UseRawSocketOption);
        }

        [Fact]
        public Task ReuseUnicastPortStaysForWindowsAndLinuxGetsTheRawOption()
        {
            const string source = """
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket, bool enabled)
                    {
                        [|socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|];
                        if (enabled)
                            [|socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, enabled)|];
                        else
                            socket.Close();
                    }
                }
                """;
            const string fixedSource = """
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket, bool enabled)
                    {
                        if (OperatingSystem.IsWindows())
                        {
                            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                        }
                        else if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        if (enabled)
                        {
                            if (OperatingSystem.IsWindows())
                            {
                                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, enabled);
                            }
                            else if (OperatingSystem.IsLinux())
                            {
                                socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(enabled ? 1 : 0));
                            }
                        }
                        else
                            socket.Close();
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer, OptionSetTheWrongWayCodeFixProvider>.CodeFixAsync(source, fixedSource, EquivalenceKeys.UseRawSocketOption);
        }

        [Fact]
        public Task NoFixForTheObjectOverload()
        {
            const string source = """
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket, object value)
                    {
                        [|socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, value)|];
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer, OptionSetTheWrongWayCodeFixProvider>.NoCodeFixAsync(source);
        }

        [Fact]
        public Task NoFixForReuseUnicastPortInAnExpressionLambda()
        {
            const string source = """
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket)
                    {
                        Action set = () => [|socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|];
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer, OptionSetTheWrongWayCodeFixProvider>.NoCodeFixAsync(source);
        }
    }
}
