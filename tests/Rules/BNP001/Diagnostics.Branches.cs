using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Branches and OS guards: a path to Connect on Linux where the socket is bound without the option.
    public sealed partial class Diagnostics
    {
        public const string BindOnOneBranch = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress? local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (local is not null)
                    {
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    }

                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Branch_BindOnOneBranch() => VerifyCS.VerifyAnalyzerAsync(
            BindOnOneBranch,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string OptionOnOneBranchOnly = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote, bool defer)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (defer)
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Branch_OptionOnOneBranchOnly() => VerifyCS.VerifyAnalyzerAsync(
            OptionOnOneBranchOnly,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string OptionOnlyOnWindows = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsWindows())
                    {
                        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }

                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Guard_OptionOnlyOnWindows() => VerifyCS.VerifyAnalyzerAsync(
            OptionOnlyOnWindows,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string BindOnLinuxBranchWithoutOption = """
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
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    }

                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Guard_BindOnLinuxBranchWithoutOption() => VerifyCS.VerifyAnalyzerAsync(
            BindOnLinuxBranchWithoutOption,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string EarlyReturnWhenNotLinuxLeavesLinuxPath = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    if (!OperatingSystem.IsLinux())
                    {
                        return;
                    }

                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Guard_EarlyReturnWhenNotLinux() => VerifyCS.VerifyAnalyzerAsync(
            EarlyReturnWhenNotLinuxLeavesLinuxPath,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));
    }
}
