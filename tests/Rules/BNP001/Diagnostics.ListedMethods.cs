using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A bind or connect inside another assembly's helper is seen where the helper is called when the global
    // configuration lists it (dotnet_code_quality.socket_binding_methods, socket_connecting_methods), as
    // `bindnoport globalconfig` writes it from the helper's code.
    public sealed partial class Diagnostics
    {
        /// <summary>The shared library of the solution: an extension that binds the socket it is given, a helper that connects it.</summary>
        internal const string SharedSocketsLibrary = """
            using System.Net;
            using System.Net.Sockets;

            namespace Shared
            {
                public static class SocketExtensions
                {
                    public static void BindReusable(this Socket socket, EndPoint local)
                    {
                        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                        socket.Bind(local);
                    }
                }

                public static class Dialing
                {
                    public static void ConnectTo(Socket socket, string host, int port) => socket.Connect(host, port);

                    public static Socket BoundTo(IPEndPoint local)
                    {
                        var socket = new Socket(local.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                        socket.Bind(local);
                        return socket;
                    }

                    public static TcpClient ClientBoundTo(IPEndPoint local) => new TcpClient(local);
                }
            }
            """;

        internal const string BindingMethodOption =
            "dotnet_code_quality.socket_binding_methods = M:Shared.SocketExtensions.BindReusable(System.Net.Sockets.Socket,System.Net.EndPoint)";

        internal const string ConnectingMethodOption =
            "dotnet_code_quality.socket_connecting_methods = M:Shared.Dialing.ConnectTo(System.Net.Sockets.Socket,System.String,System.Int32)";

        public const string ListedExtensionBindsThenConnect = """
            using System.Net;
            using System.Net.Sockets;
            using Shared;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.BindReusable(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task ListedMethod_BindsTheSocketItIsCalledOn() => WithSharedLibrary(
            ListedExtensionBindsThenConnect,
            BindingMethodOption,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public Task ListedMethod_ConnectsTheSocketItIsGiven() => WithSharedLibrary(
            """
            using System.Net;
            using System.Net.Sockets;
            using Shared;

            class Dialer
            {
                void Open(IPAddress local, string host)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    Dialing.ConnectTo(socket, host, 443);
                }
            }
            """,
            ConnectingMethodOption,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "host:443", "port 0"));

        [Fact]
        public Task ListedMethods_BothInOneConfiguration() => WithSharedLibrary(
            """
            using System.Net;
            using System.Net.Sockets;
            using Shared;

            class Dialer
            {
                void Open(IPAddress local, string host)
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.BindReusable(new IPEndPoint(local, 0))|};
                    Dialing.ConnectTo(socket, host, 443);
                }
            }
            """,
            BindingMethodOption + " | M:Shared.Nowhere.Missing(System.Int32)\n" + ConnectingMethodOption,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "host:443", "port 0"));

        // What a library method does is the same in every file: listed in one file's section, it counts everywhere.
        [Fact]
        public Task ListedMethod_InAnEditorConfigSection()
        {
            var test = new VerifyCS.Test { TestCode = ListedExtensionBindsThenConnect };
            test.TestState.AdditionalProjects["Shared"].Sources.Add(SharedSocketsLibrary);
            test.TestState.AdditionalProjectReferences.Add("Shared");
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + BindingMethodOption + "\n"));
            test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));
            return test.RunAsync();
        }

        // The first as bindnoport globalconfig writes it, with the return type after the parameters; the second without.
        internal const string FactoryOption =
            "dotnet_code_quality.bound_socket_factories = M:Shared.Dialing.BoundTo(System.Net.IPEndPoint)~System.Net.Sockets.Socket|M:Shared.Dialing.ClientBoundTo(System.Net.IPEndPoint)";

        public const string ListedFactoryThenConnect = """
            using System.Net;
            using System.Net.Sockets;
            using Shared;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = {|#0:Dialing.BoundTo(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task ListedFactory_ReturnsABoundTcpSocket() => WithSharedLibrary(
            ListedFactoryThenConnect,
            FactoryOption,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public Task ListedFactory_ReturnsABoundTcpClient() => WithSharedLibrary(
            """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;
            using Shared;

            class Dialer
            {
                async Task OpenAsync(IPAddress local, string host)
                {
                    var client = {|#0:Dialing.ClientBoundTo(new IPEndPoint(local, 0))|};
                    await client.ConnectAsync(host, 443);
                }
            }
            """,
            FactoryOption,
            VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:443"));

        internal static Task WithSharedLibrary(string source, string? globalConfig, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source };
            test.TestState.AdditionalProjects["Shared"].Sources.Add(SharedSocketsLibrary);
            test.TestState.AdditionalProjectReferences.Add("Shared");
            if (globalConfig is not null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n" + globalConfig + "\n"));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }
}
