using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Analyzers.Flow;
using BindNoPort.Analyzers.Options;
using BindNoPort.Audit.GlobalConfig;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace BindNoPort.Tests.Rules.BNP001
{
    /// <summary>
    /// Which methods a call may reach a client's bind through, decided before any summary is computed: a method that
    /// binds a socket it makes UDP, or one it listens on, binds nothing a caller could connect as a TCP client.
    /// </summary>
    public sealed class SocketReachTests
    {
        private const string Client = """
            using System.Net;
            using System.Net.Sockets;

            class DatagramClient
            {
                private readonly EndPoint endPoint;

                public DatagramClient(EndPoint endPoint) => this.endPoint = endPoint;

                public Socket? Socket { get; private set; }

                protected virtual Socket CreateSocket() => new Socket(endPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);

                public bool Connect()
                {
                    Socket = CreateSocket();
                    Socket.Bind(new IPEndPoint(IPAddress.Any, 0));
                    return true;
                }

                public bool Reconnect() => Connect();
            }

            class StreamClient
            {
                public Socket? Socket { get; private set; }

                private static Socket CreateSocket() => new Socket(SocketType.Stream, ProtocolType.Tcp);

                public void Open(IPAddress local)
                {
                    Socket = CreateSocket();
                    Socket.Bind(new IPEndPoint(local, 0));
                }

                public void Reopen(IPAddress local) => Open(local);
            }

            class MixedClient
            {
                public Socket? Socket { get; private set; }

                public void Open(IPAddress local, bool datagram)
                {
                    Socket = new Socket(SocketType.Dgram, ProtocolType.Udp);
                    if (!datagram)
                    {
                        Socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    }

                    Socket.Bind(new IPEndPoint(local, 0));
                }
            }
            """;

        [Theory]
        [InlineData("DatagramClient", "Connect", false)]
        [InlineData("DatagramClient", "Reconnect", false)]
        [InlineData("StreamClient", "Open", true)]
        [InlineData("StreamClient", "Reopen", true)]
        [InlineData("MixedClient", "Open", true)]
        public async Task MayBind_OnlyWhereTheBoundSocketMayBeAClientsTcpOne(string type, string method, bool mayBind)
        {
            var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = CSharpCompilation.Create("Reach", new[] { CSharpSyntaxTree.ParseText(Client) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var symbols = RequiredSymbols.TryCreate(compilation)!;
            var environment = new FlowEnvironment(symbols, new PortDeferringMethods.Reader(compilation, NoAnalyzerOptions.Instance));
            var target = compilation.GetTypeByMetadataName(type)!.GetMembers(method).OfType<IMethodSymbol>().Single();

            Assert.Equal(mayBind, environment.Reach.MayBind(target, CancellationToken.None));
        }
    }
}
