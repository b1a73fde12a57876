using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A helper that sets the option only when the port is 0 binds a non-zero port on the other path, where the option
    // does nothing (K4): it is a fixed bind, whatever port its caller passes.
    public sealed partial class Valid
    {
        public const string OptionOnlyForPortZeroThroughAShortCircuit = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            static class Binder
            {
                public static bool BindDeferred(Socket socket, IPEndPoint local)
                {
                    var deferred = local.Port == 0 && Defer(socket);
                    socket.Bind(local);
                    return deferred;
                }

                private static bool Defer(Socket socket)
                {
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    return true;
                }
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Binder.BindDeferred(socket, new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task PortGuard_OptionOnlyForPortZeroThroughAShortCircuit() => VerifyCS.VerifyAnalyzerAsync(OptionOnlyForPortZeroThroughAShortCircuit);

        public const string OptionOnlyForPortZeroInAnIf = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPEndPoint local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (local.Port is 0 && OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(local);
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task PortGuard_OptionOnlyForPortZeroInAnIf() => VerifyCS.VerifyAnalyzerAsync(OptionOnlyForPortZeroInAnIf);

        public const string BindOnlyForANonZeroPort = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPEndPoint local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (0 != local.Port)
                    {
                        socket.Bind(local);
                    }

                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task PortGuard_BindOnlyForANonZeroPort() => VerifyCS.VerifyAnalyzerAsync(BindOnlyForANonZeroPort);
    }
}
