using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.TcpClientBindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP002
{
    /// <summary>Without the runtime, <c>new TcpClient(endPoint)</c> becomes an unbound client of the endpoint's family, the option, then Client.Bind.</summary>
    public sealed partial class CodeFix
    {
        public const string ConstructorWithALocalEndPoint = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    var localEndPoint = new IPEndPoint(local, 0);
                    var client = {|#0:new TcpClient(localEndPoint)|};
                    client.Connect(remote);
                }
            }
            """;

        public const string ConstructorWithALocalEndPointFixed = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    var localEndPoint = new IPEndPoint(local, 0);
                    var client = new TcpClient(localEndPoint.AddressFamily);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    client.Client.Bind(localEndPoint);
                    client.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task ConstructorBecomesUnboundClientOptionAndBind() => new VerifyCS.Test
        {
            TestCode = ConstructorWithALocalEndPoint,
            FixedCode = ConstructorWithALocalEndPointFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote") },
        }.RunAsync(CancellationToken.None);

        public const string ConstructorWithANewEndPoint = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    using var client = {|#0:new TcpClient(new IPEndPoint(local, 0))|};
                    client.Connect(remote);
                }
            }
            """;

        public const string ConstructorWithANewEndPointFixed = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPAddress local, IPEndPoint remote)
                {
                    using var client = new TcpClient(local.AddressFamily);
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
        public Task ConstructorWithANewEndPointTakesTheFamilyOfItsAddress() => new VerifyCS.Test
        {
            TestCode = ConstructorWithANewEndPoint,
            FixedCode = ConstructorWithANewEndPointFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote") },
        }.RunAsync(CancellationToken.None);

        public const string ConstructorInAUsingStatement = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPEndPoint local, IPEndPoint remote)
                {
                    using (var client = {|#0:new TcpClient(local)|})
                    {
                        client.Connect(remote);
                    }
                }
            }
            """;

        public const string ConstructorInAUsingStatementFixed = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPEndPoint local, IPEndPoint remote)
                {
                    using (var client = new TcpClient(local.AddressFamily))
                    {
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        client.Client.Bind(local);
                        client.Connect(remote);
                    }
                }
            }
            """;

        [Fact]
        public Task UsingStatementGetsTheBindFirstInItsBlock() => new VerifyCS.Test
        {
            TestCode = ConstructorInAUsingStatement,
            FixedCode = ConstructorInAUsingStatementFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote") },
        }.RunAsync(CancellationToken.None);

        public const string EndPointReadOnce = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void M(IPEndPoint remote)
                {
                    var client = {|#0:new TcpClient(new IPEndPoint(LocalAddress(), 0))|};
                    client.Connect(remote);
                }

                static IPAddress LocalAddress() => IPAddress.Loopback;
            }
            """;

        // The inline rewrite would call LocalAddress() a second time for the family: the helper reads the endpoint once.
        [Fact]
        public Task EndPointThatCannotBeReadTwice_CallsTheHelperTheFixAdds() => new VerifyCS.Test
        {
            TestCode = EndPointReadOnce,
            FixedCode = HelperSources.AppendedTo(EndPointReadOnce.Replace("{|#0:new TcpClient(new IPEndPoint(LocalAddress(), 0))|}", "SocketPortDeferral.CreateBoundTcpClient(new IPEndPoint(LocalAddress(), 0))")),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote") },
        }.RunAsync(CancellationToken.None);

        public const string ConstructorThenConnectFixed = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpClient Open(IPAddress local, string host)
                {
                    var client = new TcpClient(local.AddressFamily);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    client.Client.Bind(new IPEndPoint(local, 0));
                    client.Connect(host, 443);
                    return client;
                }
            }
            """;

        [Fact]
        public Task Constructor_ThenConnect() => new VerifyCS.Test
        {
            TestCode = Diagnostics.ConstructorThenConnect,
            FixedCode = ConstructorThenConnectFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "host:443") },
        }.RunAsync(CancellationToken.None);

        public const string ConstructorThenConnectAsyncFixed = """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Threading;
            using System.Threading.Tasks;

            class C
            {
                async Task<TcpClient> OpenAsync(IPEndPoint local, IPEndPoint remote, CancellationToken cancellationToken)
                {
                    using var client = new TcpClient(local.AddressFamily);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    client.Client.Bind(local);
                    await client.ConnectAsync(remote, cancellationToken);
                    return client;
                }
            }
            """;

        [Fact]
        public Task Constructor_ThenConnectAsync_UsingVar() => new VerifyCS.Test
        {
            TestCode = Diagnostics.ConstructorThenConnectAsync,
            FixedCode = ConstructorThenConnectAsyncFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote") },
        }.RunAsync(CancellationToken.None);

        public const string ConstructorThenBeginConnectFixed = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                IAsyncResult Open(IPAddress local, IPAddress remote, AsyncCallback callback)
                {
                    var client = new TcpClient(local.AddressFamily);
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    client.Client.Bind(new IPEndPoint(local, 0));
                    return client.BeginConnect(remote, 80, callback, client);
                }
            }
            """;

        [Fact]
        public Task Constructor_ThenBeginConnect() => new VerifyCS.Test
        {
            TestCode = Diagnostics.ConstructorThenBeginConnect,
            FixedCode = ConstructorThenBeginConnectFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote:80") },
        }.RunAsync(CancellationToken.None);
    }
}
