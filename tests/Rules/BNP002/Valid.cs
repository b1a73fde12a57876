using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP002
{
    /// <summary>Where BNP002 stays silent: the TcpClient is not bound before it connects, or the option comes first.</summary>
    public sealed partial class Valid
    {
        public const string UnboundClient = """
            using System.Net.Sockets;

            class C
            {
                TcpClient Open(string host)
                {
                    var client = new TcpClient();
                    client.Connect(host, 443);
                    return client;
                }
            }
            """;

        [Fact]
        public Task Unbound_ThenConnect() => VerifyCS.VerifyAnalyzerAsync(UnboundClient);

        public const string HostAndPortConstructor = """
            using System.Net.Sockets;

            class C
            {
                TcpClient Open(string host) => new TcpClient(host, 443);
            }
            """;

        [Fact]
        public Task Constructor_HostAndPort() => VerifyCS.VerifyAnalyzerAsync(HostAndPortConstructor);

        public const string OptionBeforeClientBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, IPEndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    client.Client.Bind(new IPEndPoint(local, 0));
                    client.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task ClientBind_AfterOption() => VerifyCS.VerifyAnalyzerAsync(OptionBeforeClientBind);

        public const string RuntimeBoundTcpClient = """
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                TcpClient Open(IPAddress local, IPEndPoint remote)
                {
                    var client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                    client.Connect(remote);
                    return client;
                }
            }
            """;

        [Fact]
        public Task Runtime_BoundTcpClient() => new VerifyCS.Test
        {
            TestCode = RuntimeBoundTcpClient,
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync(CancellationToken.None);

        public const string BoundButNotConnected = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpClient Create(IPAddress local) => new TcpClient(new IPEndPoint(local, 0));
            }
            """;

        [Fact]
        public Task Connect_NotVisible() => VerifyCS.VerifyAnalyzerAsync(BoundButNotConnected);
    }
}
