using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A field's socket bound in one member and connected in another, where the type shows it is safe or cannot tell.
    public sealed partial class Valid
    {
        public const string AcrossMembersOptionSetInConstructor = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly Socket socket;

                public C()
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                }

                public void BindLocal(IPAddress local) => socket.Bind(new IPEndPoint(local, 0));

                public void Open(EndPoint remote) => socket.Connect(remote);
            }
            """;

        [Fact]
        public Task AcrossMembers_OptionSetInConstructor() => VerifyCS.VerifyAnalyzerAsync(AcrossMembersOptionSetInConstructor);

        public const string AcrossMembersServer = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                public void BindLocal(IPAddress local) => socket.Bind(new IPEndPoint(local, 0));

                public void Start() => socket.Listen();
            }
            """;

        [Fact]
        public Task AcrossMembers_Server() => VerifyCS.VerifyAnalyzerAsync(AcrossMembersServer);

        public const string AcrossMembersCreationNotVisible = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly Socket socket;

                public C(Socket socket) => this.socket = socket;

                public void BindLocal(IPAddress local) => socket.Bind(new IPEndPoint(local, 0));

                public void Open(EndPoint remote) => socket.Connect(remote);
            }
            """;

        [Fact]
        public Task AcrossMembers_CreationNotVisible() => VerifyCS.VerifyAnalyzerAsync(AcrossMembersCreationNotVisible);

        public const string AcrossMembersRecreatedBeforeConnect = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                public void BindLocal(IPAddress local) => socket.Bind(new IPEndPoint(local, 0));

                public void Reconnect(EndPoint remote)
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task AcrossMembers_RecreatedBeforeConnect() => VerifyCS.VerifyAnalyzerAsync(AcrossMembersRecreatedBeforeConnect);
    }
}
