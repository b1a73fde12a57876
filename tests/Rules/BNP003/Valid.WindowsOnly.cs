using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.OptionSetTheWrongWayAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP003
{
    /// <summary>Where SocketOptionName.ReuseUnicastPort is fine: code that runs only on Windows, by a guard or by a platform attribute.</summary>
    public sealed partial class Valid
    {
        public const string ReuseUnicastPortGuardedForWindows = """
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

        [Fact]
        public Task ReuseUnicastPortUnderWindowsGuards() => VerifyCS.VerifyAnalyzerAsync(ReuseUnicastPortGuardedForWindows);

        public const string ReuseUnicastPortInWindowsMembers = """
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

        [Fact]
        public Task ReuseUnicastPortInMembersMarkedForWindows() => VerifyCS.VerifyAnalyzerAsync(ReuseUnicastPortInWindowsMembers);

        public const string ReuseUnicastPortInAWindowsAssembly = """
            using System.Net.Sockets;
            using System.Runtime.Versioning;

            [assembly: SupportedOSPlatform("windows")]

            class C
            {
                void M(Socket socket) => socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
            }
            """;

        [Fact]
        public Task ReuseUnicastPortInAnAssemblyMarkedForWindows() => VerifyCS.VerifyAnalyzerAsync(ReuseUnicastPortInAWindowsAssembly);
    }
}
