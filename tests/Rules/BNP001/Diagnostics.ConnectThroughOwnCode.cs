using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Connect through the compilation's own extension methods, and through Task.Factory.FromAsync.
    public sealed partial class Diagnostics
    {
        public const string ConnectThroughAnAwaitableExtension = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            static class SocketExtensions
            {
                public static Task ConnectAsync(this Socket socket, SocketAsyncEventArgs args, TaskCompletionSource completion)
                {
                    if (!socket.ConnectAsync(args))
                    {
                        completion.SetResult();
                    }

                    return completion.Task;
                }
            }

            class Dialer
            {
                async Task OpenAsync(IPAddress local, SocketAsyncEventArgs args)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    await socket.ConnectAsync(args, new TaskCompletionSource());
                }
            }
            """;

        [Fact]
        public Task OwnCode_AwaitableConnectExtension() => VerifyCS.VerifyAnalyzerAsync(
            ConnectThroughAnAwaitableExtension,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "args", "port 0"));

        public const string ConnectThroughFromAsync = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class Dialer
            {
                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    await Task.Factory.FromAsync(socket.BeginConnect, socket.EndConnect, remote, null);
                }
            }
            """;

        [Fact]
        public Task OwnCode_TaskFactoryFromAsync() => VerifyCS.VerifyAnalyzerAsync(
            ConnectThroughFromAsync,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string ConnectThroughFromAsyncOfOwnBeginMethod = """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            static class Dialer
            {
                public static async Task<Socket> OpenAsync(IPAddress local, IPAddress address, int port)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    await Task.Factory.FromAsync(StartConnect, FinishConnect, address, port, socket);
                    return socket;
                }

                private static IAsyncResult StartConnect(IPAddress address, int port, AsyncCallback callback, object state)
                    => ((Socket)state).BeginConnect(address, port, callback, state);

                private static void FinishConnect(IAsyncResult result) => ((Socket)result.AsyncState!).EndConnect(result);
            }
            """;

        // The begin method is the compilation's own and takes the socket as FromAsync's state.
        [Fact]
        public Task OwnCode_FromAsyncOfOwnBeginMethodTakingTheSocketAsState() => VerifyCS.VerifyAnalyzerAsync(
            ConnectThroughFromAsyncOfOwnBeginMethod,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "address", "port 0"));

        public const string ConnectThroughFromAsyncOfOwnBeginMethodTakingTheSocketFirst = """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            static class Dialer
            {
                public static async Task<Socket> OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    await Task.Factory.FromAsync(StartConnect, FinishConnect, socket, remote, null);
                    return socket;
                }

                private static IAsyncResult StartConnect(Socket socket, EndPoint remote, AsyncCallback callback, object state)
                    => socket.BeginConnect(remote, callback, socket);

                private static void FinishConnect(IAsyncResult result) => ((Socket)result.AsyncState!).EndConnect(result);
            }
            """;

        [Fact]
        public Task OwnCode_FromAsyncOfOwnBeginMethodTakingTheSocketAsFirstArgument() => VerifyCS.VerifyAnalyzerAsync(
            ConnectThroughFromAsyncOfOwnBeginMethodTakingTheSocketFirst,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));
    }
}
