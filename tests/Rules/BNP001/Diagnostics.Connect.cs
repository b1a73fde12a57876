using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Every connect call the rule knows, each named in the message as written: endpoint, address and port, host, the async and APM forms.
    public sealed partial class Diagnostics
    {
        public const string ConnectEndPoint = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, IPEndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Connect_EndPoint() => VerifyCS.VerifyAnalyzerAsync(
            ConnectEndPoint,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public Task Connect_EndPointOnNet100() => new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferences.Net100,
            TestCode = ConnectEndPoint,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0") },
        }.RunAsync();

        [Fact]
        public Task EditorConfig_SeveritySuggestion() => new VerifyCS.Test
        {
            TestCode = ConnectEndPoint,
            TestState = { AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.BNP001.severity = suggestion\n") } },
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("socket", "remote", "port 0") },
        }.RunAsync();

        public const string ConnectAddressAndPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, IPAddress remote)
                {
                    var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote, 443);
                }
            }
            """;

        [Fact]
        public Task Connect_AddressAndPort() => VerifyCS.VerifyAnalyzerAsync(
            ConnectAddressAndPort,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote:443", "port 0"));

        [Fact]
        public async Task Properties_SpecificAddressIsNotAWildcard()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(new VerifyCS.Test
            {
                TestCode = ConnectAddressAndPort,
                ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote:443", "port 0") },
            });
            Assert.Equal("false", diagnostic.Properties["BindsWildcardWithPortZero"]);
            Assert.Equal("remote:443", diagnostic.Properties["ConnectTarget"]);
        }

        public const string ConnectAddressesAndPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, IPAddress[] remotes)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remotes, 443);
                }
            }
            """;

        [Fact]
        public Task Connect_AddressesAndPort() => VerifyCS.VerifyAnalyzerAsync(
            ConnectAddressesAndPort,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remotes:443", "port 0"));

        public const string ConnectHostAndPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect("example.org", 443);
                }
            }
            """;

        [Fact]
        public Task Connect_HostAndPort() => VerifyCS.VerifyAnalyzerAsync(
            ConnectHostAndPort,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "\"example.org\":443", "port 0"));

        public const string ConnectAsyncTask = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    await socket.ConnectAsync(remote);
                }
            }
            """;

        [Fact]
        public Task ConnectAsync_Task() => VerifyCS.VerifyAnalyzerAsync(
            ConnectAsyncTask,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string ConnectAsyncValueTaskWithCancellation = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading;
            using System.Threading.Tasks;

            class C
            {
                async ValueTask OpenAsync(IPAddress local, string host, CancellationToken cancellationToken)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    await socket.ConnectAsync(host, 80, cancellationToken);
                }
            }
            """;

        [Fact]
        public Task ConnectAsync_ValueTaskWithCancellation() => VerifyCS.VerifyAnalyzerAsync(
            ConnectAsyncValueTaskWithCancellation,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "host:80", "port 0"));

        [Fact]
        public Task ConnectAsync_ValueTaskWithCancellationOnNet100() => new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferences.Net100,
            TestCode = ConnectAsyncValueTaskWithCancellation,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "host:80", "port 0") },
        }.RunAsync();

        public const string ConnectAsyncEventArgs = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                bool Open(IPAddress local, SocketAsyncEventArgs args)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    return socket.ConnectAsync(args);
                }
            }
            """;

        [Fact]
        public Task ConnectAsync_SocketAsyncEventArgs() => VerifyCS.VerifyAnalyzerAsync(
            ConnectAsyncEventArgs,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "args", "port 0"));

        public const string ConnectAsyncExtension = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPAddress local, IPAddress remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    await SocketTaskExtensions.ConnectAsync(socket, remote, 443);
                }
            }
            """;

        // SocketTaskExtensions is how netstandard2.0 code connects asynchronously.
        [Fact]
        public Task ConnectAsync_NetStandardExtension() => new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferences.NetStandard20,
            TestCode = ConnectAsyncExtension,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote:443", "port 0") },
        }.RunAsync();

        [Fact]
        public async Task Properties_ExtensionConnectNamesTheDestination()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(new VerifyCS.Test
            {
                ReferenceAssemblies = TestReferences.NetStandard20,
                TestCode = ConnectAsyncExtension,
                ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote:443", "port 0") },
            });
            Assert.Equal("remote:443", diagnostic.Properties["ConnectTarget"]);
        }

        public const string BeginConnect = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                IAsyncResult Open(IPAddress local, EndPoint remote, AsyncCallback callback)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    return socket.BeginConnect(remote, callback, socket);
                }
            }
            """;

        [Fact]
        public Task BeginConnect_Apm() => VerifyCS.VerifyAnalyzerAsync(
            BeginConnect,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string ApmInAsyncMethod = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    await Task.Factory.FromAsync(socket.BeginConnect(remote, null, null), socket.EndConnect);
                }
            }
            """;

        [Fact]
        public Task Apm_InAsyncMethod() => VerifyCS.VerifyAnalyzerAsync(
            ApmInAsyncMethod,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));
    }
}
