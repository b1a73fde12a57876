using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.OptionSetTheWrongWayAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP003
{
    // ReuseUnicastPort throws on Linux only: code past a false Linux check, or guarded for macOS, never runs there.
    public sealed partial class Valid
    {
        public const string ReuseUnicastPortWhereLinuxIsNot = """
            using System;
            using System.Net.Sockets;
            using System.Runtime.InteropServices;

            class C
            {
                void M(Socket socket)
                {
                    if (!OperatingSystem.IsLinux())
                    {
                        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }

                    if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
                    {
                        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }
                }

                void Early(Socket socket)
                {
                    if (OperatingSystem.IsLinux())
                    {
                        return;
                    }

                    socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                }
            }
            """;

        [Fact]
        public Task ReuseUnicastPort_WhereLinuxIsNot() => VerifyCS.VerifyAnalyzerAsync(ReuseUnicastPortWhereLinuxIsNot);
    }
}
