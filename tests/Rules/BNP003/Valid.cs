using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Xunit;

namespace BindNoPort.Tests.Rules.BNP003
{
    public sealed partial class Valid
    {
        [Fact]
        public Task RawOptionAndOtherOptions()
        {
            const string source = """
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket)
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                        socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.IpTimeToLive, 64);
                        socket.SetSocketOption(SocketOptionLevel.Tcp, (SocketOptionName)24, 1);
                        socket.GetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24);
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source);
        }

        [Fact]
        public Task ASetSocketOptionThatIsNotTheSocketOne()
        {
            const string source = """
                using System.Net.Sockets;

                class Options
                {
                    public void SetSocketOption(SocketOptionLevel level, SocketOptionName name, bool value) { }
                }

                class C
                {
                    void M(Options options)
                    {
                        options.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);
                        options.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source);
        }

        [Fact]
        public Task ReuseUnicastPortUnderWindowsGuards()
        {
            const string source = """
                using System;
                using System.Net.Sockets;
                using System.Runtime.InteropServices;

                class C
                {
                    void Branches(Socket socket, bool enabled)
                    {
                        if (OperatingSystem.IsWindows())
                        {
                            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                        }

                        if (enabled && RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);

                        if (OperatingSystem.IsLinux())
                        {
                        }
                        else if (OperatingSystem.IsWindowsVersionAtLeast(10))
                        {
                            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                        }

                        if (!OperatingSystem.IsWindows())
                        {
                        }
                        else
                        {
                            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                        }
                    }

                    void EarlyExit(Socket socket)
                    {
                        if (!OperatingSystem.IsWindows())
                        {
                            return;
                        }

                        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }

                    void Throws(Socket socket)
                    {
                        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
                            throw new PlatformNotSupportedException();
                        Action set = () => socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                        set();
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source);
        }

        [Fact]
        public Task ReuseUnicastPortInMembersMarkedForWindows()
        {
            const string source = """
                using System.Net.Sockets;
                using System.Runtime.Versioning;

                class C
                {
                    [SupportedOSPlatform("windows")]
                    void Method(Socket socket)
                    {
                        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }

                    void Local(Socket socket)
                    {
                        Set();

                        [SupportedOSPlatform("windows10.0")]
                        void Set() => socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }
                }

                [SupportedOSPlatform("windows")]
                class WindowsOnly
                {
                    void M(Socket socket) => socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source);
        }

        [Fact]
        public Task ReuseUnicastPortInAnAssemblyMarkedForWindows()
        {
            const string source = """
                using System.Net.Sockets;
                using System.Runtime.Versioning;

                [assembly: SupportedOSPlatform("windows")]

                class C
                {
                    void M(Socket socket) => socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source);
        }

        [Fact]
        public Task GeneratedCodeIsSkipped()
        {
            const string source = """
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket)
                    {
                        socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source, new TestOptions { FirstFileName = "Sockets.g.cs" });
        }

        [Fact]
        public Task TurnedOffInEditorConfig()
        {
            const string source = """
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket)
                    {
                        socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);
                    }
                }
                """;
            return Verify<OptionSetTheWrongWayAnalyzer>.AnalyzerAsync(source, new TestOptions { EditorConfig = "[*.cs]\ndotnet_diagnostic.BNP003.severity = none" });
        }
    }
}
