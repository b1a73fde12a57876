using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Lambdas and local functions: a ConnectCallback, a connect inside a retry lambda, a socket a callback disposes, a local function.
    public sealed partial class Diagnostics
    {
        public const string ConnectCallbackLambda = """
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;

            class C
            {
                HttpClient Create(IPAddress local)
                {
                    var handler = new SocketsHttpHandler();
                    handler.ConnectCallback = async (context, cancellationToken) =>
                    {
                        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    };
                    return new HttpClient(handler);
                }
            }
            """;

        [Fact]
        public Task Lambda_ConnectCallback() => VerifyCS.VerifyAnalyzerAsync(
            ConnectCallbackLambda,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "context.DnsEndPoint", "port 0"));

        public const string ConnectCallbackInFieldInitializer = """
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;

            class C
            {
                private static readonly IPAddress Local = IPAddress.Parse("10.0.0.2");

                private readonly HttpClient client = new HttpClient(new SocketsHttpHandler
                {
                    ConnectCallback = async (context, cancellationToken) =>
                    {
                        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(Local, 0))|};
                        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    },
                });
            }
            """;

        [Fact]
        public Task Lambda_ConnectCallbackInFieldInitializer() => VerifyCS.VerifyAnalyzerAsync(
            ConnectCallbackInFieldInitializer,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "context.DnsEndPoint", "port 0"));

        public const string ConnectInsideARetryLambda = """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                static Task RetryAsync(Func<Task> action) => action();

                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    await RetryAsync(() => socket.ConnectAsync(remote));
                }
            }
            """;

        [Fact]
        public Task Lambda_ConnectInsideARetryLambda() => VerifyCS.VerifyAnalyzerAsync(
            ConnectInsideARetryLambda,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string DisposedByACancellationCallback = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPAddress local, EndPoint remote, CancellationToken cancellationToken)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    using var registration = cancellationToken.Register(() => socket.Dispose());
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    await socket.ConnectAsync(remote);
                }
            }
            """;

        [Fact]
        public Task Lambda_DisposingTheSocketDoesNotHideIt() => VerifyCS.VerifyAnalyzerAsync(
            DisposedByACancellationCallback,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string LocalFunction = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                Socket Open(IPAddress local, EndPoint remote)
                {
                    return Connect();

                    Socket Connect()
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                        return socket;
                    }
                }
            }
            """;

        [Fact]
        public Task LocalFunction_BindAndConnect() => VerifyCS.VerifyAnalyzerAsync(
            LocalFunction,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));
    }
}
