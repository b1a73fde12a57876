using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // The option behind a Linux check: the code fix's own form and the other ways of asking.
    public sealed partial class Valid
    {
        public const string LinuxGuardAsTheCodeFixWritesIt = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Guard_LinuxCheckAsTheCodeFixWritesIt() => VerifyCS.VerifyAnalyzerAsync(LinuxGuardAsTheCodeFixWritesIt);

        public const string RuntimeInformationLinuxGuard = """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Runtime.InteropServices;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Guard_RuntimeInformationIsOSPlatformLinux() => VerifyCS.VerifyAnalyzerAsync(RuntimeInformationLinuxGuard);

        public const string LinuxCheckHeldInALocal = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var onLinux = OperatingSystem.IsLinux();
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (onLinux)
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Guard_LinuxCheckHeldInALocal() => VerifyCS.VerifyAnalyzerAsync(LinuxCheckHeldInALocal);

        public const string OptionOnLinuxAndWindows = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (!OperatingSystem.IsLinux())
                    {
                        // ReuseUnicastPort behind its own Windows check, as BNP003 asks.
                        if (OperatingSystem.IsWindows())
                        {
                            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                        }
                    }
                    else
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Guard_LinuxAndWindowsBranches() => VerifyCS.VerifyAnalyzerAsync(OptionOnLinuxAndWindows);

        public const string ElseBranchIsNotLinux = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.Bind(new IPEndPoint(local, 0));
                    }
                    else
                    {
                        socket.Bind(new IPEndPoint(local, 0));
                    }

                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Guard_ElseBranchIsNotLinux() => VerifyCS.VerifyAnalyzerAsync(ElseBranchIsNotLinux);
    }
}
