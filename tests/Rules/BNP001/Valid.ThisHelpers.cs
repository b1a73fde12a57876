using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    public sealed partial class Valid
    {
        public const string ThisHelpersOnlyOnTheListeningPath = """
            using System.Net;
            using System.Net.Sockets;

            class Listener
            {
                private Socket? socket;

                public void Start(IPAddress local)
                {
                    CreateSocket();
                    BindTo(local);
                    socket!.Listen(16);
                }

                public void Reconnect(EndPoint remote) => socket!.Connect(remote);

                private void CreateSocket() => socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                private void BindTo(IPAddress local) => socket!.Bind(new IPEndPoint(local, 0));
            }
            """;

        [Fact]
        public Task ThisHelpers_ListeningPathIsAServer() => VerifyCS.VerifyAnalyzerAsync(ThisHelpersOnlyOnTheListeningPath);

        public const string ThisHelperSetsTheOptionBeforeTheBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Connection
            {
                private Socket? socket;

                public void Open(IPAddress local, EndPoint remote)
                {
                    CreateSocket();
                    DeferPort();
                    socket!.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }

                private void CreateSocket() => socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                private void DeferPort() => socket!.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
            }
            """;

        [Fact]
        public Task ThisHelpers_OptionSetByAHelperFirst() => VerifyCS.VerifyAnalyzerAsync(ThisHelperSetsTheOptionBeforeTheBind);

        // A virtual helper may be overridden by code not seen: it may set the option.
        public const string VirtualThisHelperBeforeTheBind = """
            using System.Net;
            using System.Net.Sockets;

            class Connection
            {
                private Socket? socket;

                public void Open(IPAddress local, EndPoint remote)
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Configure();
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }

                protected virtual void Configure()
                {
                }
            }
            """;

        [Fact]
        public Task ThisHelpers_VirtualHelperMaySetTheOption() => VerifyCS.VerifyAnalyzerAsync(VirtualThisHelperBeforeTheBind);
    }
}
