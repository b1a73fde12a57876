using System.Threading.Tasks;
using Xunit;

namespace BindNoPort.Tests.Rules.BNP001
{
    public sealed partial class Valid
    {
        // Without the configuration the helper's bind is another assembly's code, which the analyzer cannot see.
        [Fact]
        public Task ListedMethod_NotListedIsNotSeen() => Diagnostics.WithSharedLibrary(Diagnostics.ListedExtensionBindsThenConnect.Replace("{|#0:", "").Replace("|}", ""), globalConfig: null);

        // The twin of a TCP socket: the listed helper binds a datagram socket, whose connect reserves nothing.
        [Fact]
        public Task ListedMethod_BindsADatagramSocket() => Diagnostics.WithSharedLibrary(
            """
            using System.Net;
            using System.Net.Sockets;
            using Shared;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                    socket.BindReusable(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """,
            Diagnostics.BindingMethodOption);

        // The option set before the listed bind, as the fix writes it: the port is chosen at connect.
        [Fact]
        public Task ListedMethod_AfterTheOption() => Diagnostics.WithSharedLibrary(CodeFix.ListedExtensionWithTheOptionBefore, Diagnostics.BindingMethodOption);

        // A listed binding helper on a socket that then listens: a server's.
        [Fact]
        public Task ListedMethod_ThenListen() => Diagnostics.WithSharedLibrary(
            """
            using System.Net;
            using System.Net.Sockets;
            using Shared;

            class Server
            {
                void Start(IPAddress local)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.BindReusable(new IPEndPoint(local, 0));
                    socket.Listen(16);
                }
            }
            """,
            Diagnostics.BindingMethodOption);

        // Without the configuration the factory is another assembly's code: what it returns is not known.
        [Fact]
        public Task ListedFactory_NotListedIsNotSeen() => Diagnostics.WithSharedLibrary(Diagnostics.ListedFactoryThenConnect.Replace("{|#0:", "").Replace("|}", ""), globalConfig: null);

        // A listed factory's socket that then listens: a server's.
        [Fact]
        public Task ListedFactory_ThenListen() => Diagnostics.WithSharedLibrary(
            """
            using System.Net;
            using System.Net.Sockets;
            using Shared;

            class Server
            {
                void Start(IPAddress local)
                {
                    var socket = Dialing.BoundTo(new IPEndPoint(local, 0));
                    socket.Listen(16);
                }
            }
            """,
            Diagnostics.FactoryOption);
    }
}
