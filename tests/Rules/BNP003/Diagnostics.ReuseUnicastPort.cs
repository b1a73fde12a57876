using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.OptionSetTheWrongWayAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP003
{
    /// <summary>Where BNP003 fires on SocketOptionName.ReuseUnicastPort: code that Linux can reach.</summary>
    public sealed partial class Diagnostics
    {
        private const string ReuseUnicastPortCall = "SetSocketOption with SocketOptionName.ReuseUnicastPort outside a Windows guard";

        public const string ReuseUnicastPortUnguarded = """
            using System.Net.Sockets;

            class C
            {
                void M(Socket socket)
                {
                    {|#0:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                }
            }
            """;

        [Fact]
        public Task ReuseUnicastPortWithoutAGuard() => VerifyCS.VerifyAnalyzerAsync(
            ReuseUnicastPortUnguarded,
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(ReuseUnicastPortCall));

        public const string ReuseUnicastPortUnderGuardsLinuxPasses = """
            using System;
            using System.Net.Sockets;

            class C
            {
                void M(Socket socket, bool windows)
                {
                    if (OperatingSystem.IsWindows() || windows)
                    {
                        {|#0:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                    }

                    if (!OperatingSystem.IsWindows())
                    {
                        {|#1:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                    }

                    if (OperatingSystem.IsWindows())
                    {
                    }
                    else
                    {
                        {|#2:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                    }

                    if (!OperatingSystem.IsLinux())
                    {
                        {|#3:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                    }
                }
            }
            """;

        [Fact]
        public Task ReuseUnicastPortUnderAGuardThatLetsLinuxIn() => VerifyCS.VerifyAnalyzerAsync(
            ReuseUnicastPortUnderGuardsLinuxPasses,
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(ReuseUnicastPortCall),
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(1).WithArguments(ReuseUnicastPortCall),
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(2).WithArguments(ReuseUnicastPortCall),
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(3).WithArguments(ReuseUnicastPortCall));

        public const string ReuseUnicastPortInAMemberForWindowsAndLinux = """
            using System.Net.Sockets;
            using System.Runtime.Versioning;

            class C
            {
                [SupportedOSPlatform("windows")]
                [SupportedOSPlatform("linux")]
                void M(Socket socket)
                {
                    {|#0:socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true)|};
                }
            }
            """;

        [Fact]
        public Task ReuseUnicastPortInAMethodMarkedForLinuxToo() => VerifyCS.VerifyAnalyzerAsync(
            ReuseUnicastPortInAMemberForWindowsAndLinux,
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(ReuseUnicastPortCall));
    }
}
