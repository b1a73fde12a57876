using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A class of the compilation derived from Socket is a socket; its kind is what its constructor chain hands to Socket's.
    public sealed partial class Diagnostics
    {
        public const string SubclassOfSocket = """
            using System.Net;
            using System.Net.Sockets;

            sealed class TaggedSocket : Socket
            {
                public TaggedSocket(string tag)
                    : base(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
                {
                    Tag = tag;
                }

                public string Tag { get; }
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new TaggedSocket("egress");
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Subclass_OfSocket() => VerifyCS.VerifyAnalyzerAsync(
            SubclassOfSocket,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string SubclassOfSocketThroughAConstructorChain = """
            using System.Net;
            using System.Net.Sockets;

            class TaggedSocket : Socket
            {
                public TaggedSocket(AddressFamily family)
                    : this(family, SocketType.Stream)
                {
                }

                protected TaggedSocket(AddressFamily family, SocketType type)
                    : base(family, type, ProtocolType.Tcp)
                {
                }
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new TaggedSocket(local.AddressFamily);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Subclass_KindHandedThroughAConstructorChain() => VerifyCS.VerifyAnalyzerAsync(
            SubclassOfSocketThroughAConstructorChain,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        // A subclass that hides the connect methods with its own, which forward to Socket's: a call of them connects.
        public const string SubclassHidingConnectMethods = """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class CountingSocket : Socket
            {
                public CountingSocket()
                    : base(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
                {
                }

                public int Attempts { get; private set; }

                public new IAsyncResult BeginConnect(EndPoint remote, AsyncCallback? callback, object? state)
                {
                    Attempts++;
                    return base.BeginConnect(remote, callback, state);
                }

                public new Task ConnectAsync(EndPoint remote)
                {
                    Attempts++;
                    return base.ConnectAsync(remote);
                }
            }

            class Dialer
            {
                IAsyncResult Begin(IPAddress local, EndPoint remote)
                {
                    var socket = new CountingSocket();
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    return socket.BeginConnect(remote, null, null);
                }

                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = new CountingSocket();
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    await socket.ConnectAsync(remote);
                }
            }
            """;

        [Fact]
        public Task Subclass_HidingConnectMethodsThatForward() => VerifyCS.VerifyAnalyzerAsync(
            SubclassHidingConnectMethods,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"),
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(1).WithArguments("socket", "remote", "port 0"));
    }
}
