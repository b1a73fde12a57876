using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // The option set before Bind, in every form the rule accepts.
    public sealed partial class Valid
    {
        public const string RawOptionBeforeBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Option_RawBeforeBind() => VerifyCS.VerifyAnalyzerAsync(RawOptionBeforeBind);

        public const string RawOptionWithEnumLevel = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                const int IpBindAddressNoPort = 24;

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption((int)SocketOptionLevel.IP, IpBindAddressNoPort, BitConverter.GetBytes(1));
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Option_RawWithEnumLevelAndConstant() => VerifyCS.VerifyAnalyzerAsync(RawOptionWithEnumLevel);

        public const string OptionBestEffortInTryCatch = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    try
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    catch (SocketException)
                    {
                        // Kernels before 4.2 refuse the option; bind as before.
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Option_BestEffortInTryCatch() => VerifyCS.VerifyAnalyzerAsync(OptionBestEffortInTryCatch);

        public const string OptionOnEveryBranch = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote, bool ipv6)
                {
                    Socket socket;
                    if (ipv6)
                    {
                        socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    else
                    {
                        socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Option_OnEveryBranch() => VerifyCS.VerifyAnalyzerAsync(OptionOnEveryBranch);

        public const string OptionInLoopBeforeEveryBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote, int count)
                {
                    for (var i = 0; i < count; i++)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
            }
            """;

        [Fact]
        public Task Option_InLoopBeforeEveryBind() => VerifyCS.VerifyAnalyzerAsync(OptionInLoopBeforeEveryBind);

        public const string NullConditionalOptionThenBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(Socket? socket, IPAddress local, EndPoint remote)
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        socket?.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    socket?.Bind(new IPEndPoint(local, 0));
                    socket?.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Receiver_NullConditionalOptionBeforeNullConditionalBind() => VerifyCS.VerifyAnalyzerAsync(NullConditionalOptionThenBind);
    }
}
