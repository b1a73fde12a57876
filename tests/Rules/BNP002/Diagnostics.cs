using System.Threading.Tasks;
using Xunit;
using Verify = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP002
{
    /// <summary>Where BNP002 fires: a TcpClient bound by its IPEndPoint constructor or through Client.Bind, then connected.</summary>
    public sealed partial class Diagnostics
    {
        public const string ConstructorThenConnect = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpClient Open(IPAddress local, string host)
                {
                    var client = {|BNP002:new TcpClient(new IPEndPoint(local, 0))|};
                    client.Connect(host, 443);
                    return client;
                }
            }
            """;

        public const string ConstructorThenConnectAsync = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading;
            using System.Threading.Tasks;

            class C
            {
                async Task<TcpClient> OpenAsync(IPEndPoint local, IPEndPoint remote, CancellationToken cancellationToken)
                {
                    using var client = {|BNP002:new TcpClient(local)|};
                    await client.ConnectAsync(remote, cancellationToken);
                    return client;
                }
            }
            """;

        public const string ConstructorThenBeginConnect = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                IAsyncResult Open(IPAddress local, IPAddress remote, AsyncCallback callback)
                {
                    var client = {|BNP002:new TcpClient(new IPEndPoint(local, 0))|};
                    return client.BeginConnect(remote, 80, callback, client);
                }
            }
            """;

        public const string ClientBindThenConnect = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, IPEndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    {|BNP002:client.Client.Bind(new IPEndPoint(local, 0))|};
                    client.Connect(remote);
                }
            }
            """;

        public const string ClientBindThenConnectAsync = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPEndPoint local, string host)
                {
                    var client = new TcpClient();
                    {|BNP002:client.Client.Bind(local)|};
                    await client.ConnectAsync(host, 443);
                }
            }
            """;

        public const string AcrossMembersThroughField = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly TcpClient client;

                public C(IPAddress local)
                {
                    client = {|BNP002:new TcpClient(new IPEndPoint(local, 0))|};
                }

                public void Open(string host) => client.Connect(host, 443);
            }
            """;

        public const string InConnectCallback = """
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;

            class C
            {
                HttpClient Create(IPAddress local) => new HttpClient(new SocketsHttpHandler
                {
                    ConnectCallback = async (context, cancellationToken) =>
                    {
                        var client = {|BNP002:new TcpClient(new IPEndPoint(local, 0))|};
                        await client.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
                        return client.GetStream();
                    },
                });
            }
            """;

        public const string AcrossMembersClientBind = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                private readonly TcpClient client = new TcpClient(AddressFamily.InterNetwork);

                public void BindLocal(IPAddress local) => {|BNP002:client.Client.Bind(new IPEndPoint(local, 0))|};

                public Task OpenAsync(string host) => client.ConnectAsync(host, 443);
            }
            """;

        [Fact] public Task Constructor_ThenConnect() => Verify.AnalyzerAsync(ConstructorThenConnect);

        [Fact] public Task Constructor_ThenConnectAsync() => Verify.AnalyzerAsync(ConstructorThenConnectAsync);

        [Fact] public Task Constructor_ThenBeginConnect() => Verify.AnalyzerAsync(ConstructorThenBeginConnect);

        [Fact] public Task ClientBind_ThenConnect() => Verify.AnalyzerAsync(ClientBindThenConnect);

        [Fact] public Task ClientBind_ThenConnectAsync() => Verify.AnalyzerAsync(ClientBindThenConnectAsync);

        [Fact] public Task AcrossMembers_Field() => Verify.AnalyzerAsync(AcrossMembersThroughField);

        [Fact] public Task AcrossMembers_ClientBind() => Verify.AnalyzerAsync(AcrossMembersClientBind);

        [Fact] public Task Lambda_ConnectCallback() => Verify.AnalyzerAsync(InConnectCallback);

        [Fact]
        public async Task Properties_NameTheClientAndTheForm()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(ConstructorThenConnect);
            Assert.Equal("client", diagnostic.Properties["SocketExpression"]);
            Assert.Equal("TcpClientConstructor", diagnostic.Properties["BindForm"]);
            Assert.Equal("host:443", diagnostic.Properties["ConnectTarget"]);
            Assert.Equal("new IPEndPoint(local, 0)", diagnostic.Properties["LocalEndPoint"]);
        }
    }
}
