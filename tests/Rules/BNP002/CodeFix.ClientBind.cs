using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.TcpClientBindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP002
{
    /// <summary>Without the runtime, <c>client.Client.Bind(endPoint)</c> gets the option inline before it, as BNP001's fix does for a Bind.</summary>
    public sealed partial class CodeFix
    {
        public const string ClientSocketBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    {|#0:client.Client.Bind(new IPEndPoint(local, 0))|};
                    client.Connect(remote);
                }
            }
            """;

        public const string ClientSocketBindFixed = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    client.Client.Bind(new IPEndPoint(local, 0));
                    client.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task ClientSocketBindGetsTheOptionFirst() => new VerifyCS.Test
        {
            TestCode = ClientSocketBind,
            FixedCode = ClientSocketBindFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "remote") },
        }.RunAsync(CancellationToken.None);

        public const string ClientBindThenConnectFixed = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, IPEndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (System.OperatingSystem.IsLinux())
                    {
                        client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                    }
                    client.Client.Bind(new IPEndPoint(local, 0));
                    client.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task ClientBind_ThenConnect() => new VerifyCS.Test
        {
            TestCode = Diagnostics.ClientBindThenConnect,
            FixedCode = ClientBindThenConnectFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "remote") },
        }.RunAsync(CancellationToken.None);

        public const string ClientBindThenConnectAsyncFixed = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPEndPoint local, string host)
                {
                    var client = new TcpClient();
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (System.OperatingSystem.IsLinux())
                    {
                        client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                    }
                    client.Client.Bind(local);
                    await client.ConnectAsync(host, 443);
                }
            }
            """;

        [Fact]
        public Task ClientBind_ThenConnectAsync() => new VerifyCS.Test
        {
            TestCode = Diagnostics.ClientBindThenConnectAsync,
            FixedCode = ClientBindThenConnectAsyncFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "host:443") },
        }.RunAsync(CancellationToken.None);

        public const string ClientBindConnectedInALocalFunction = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    {|#0:client.Client.Bind(new IPEndPoint(local, 0))|};
                    Connect();

                    void Connect() => client.Connect((IPEndPoint)remote);
                }
            }
            """;

        public const string ClientBindConnectedInALocalFunctionFixed = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (System.OperatingSystem.IsLinux())
                    {
                        client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                    }
                    client.Client.Bind(new IPEndPoint(local, 0));
                    Connect();

                    void Connect() => client.Connect((IPEndPoint)remote);
                }
            }
            """;

        [Fact]
        public Task LocalFunction_ConnectInsideALocalFunction() => new VerifyCS.Test
        {
            TestCode = ClientBindConnectedInALocalFunction,
            FixedCode = ClientBindConnectedInALocalFunctionFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client.Client", "(IPEndPoint)remote") },
        }.RunAsync(CancellationToken.None);
    }
}
