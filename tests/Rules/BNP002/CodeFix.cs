using System.Threading.Tasks;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using Verifier = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.TcpClientBindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP002
{
    public sealed partial class CodeFix
    {
        private static readonly TestOptions WithRuntime = new() { ReferenceRuntime = true };

        [Fact]
        public Task ConstructorBecomesUnboundClientOptionAndBind()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var localEndPoint = new IPEndPoint(local, 0);
                        var client = {|BNP002:new TcpClient(localEndPoint)|};
                        client.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task ConstructorWithANewEndPointTakesTheFamilyOfItsAddress()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        using var client = {|BNP002:new TcpClient(new IPEndPoint(local, 0))|};
                        client.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task ConstructorBecomesBoundTcpClientWhenTheRuntimeIsReferenced()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        using var client = {|BNP002:new TcpClient(new IPEndPoint(local, 0))|};
                        client.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        using var client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                        client.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact]
        public Task ClientSocketBindGetsTheOptionFirst()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var client = new TcpClient(AddressFamily.InterNetwork);
                        {|BNP002:client.Client.Bind(new IPEndPoint(local, 0))|};
                        client.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task FixAllWithTheRuntimeCoversBothShapes()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void Constructor(IPAddress local, IPEndPoint remote)
                    {
                        var client = {|BNP002:new TcpClient(new IPEndPoint(local, 0))|};
                        client.Connect(remote);
                    }

                    void ClientBind(IPAddress local, IPEndPoint remote)
                    {
                        var client = new TcpClient(AddressFamily.InterNetwork);
                        {|BNP002:client.Client.Bind(new IPEndPoint(local, 0))|};
                        client.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    void Constructor(IPAddress local, IPEndPoint remote)
                    {
                        var client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                        client.Connect(remote);
                    }

                    void ClientBind(IPAddress local, IPEndPoint remote)
                    {
                        var client = new TcpClient(AddressFamily.InterNetwork);
                        client.Client.BindForConnect(new IPEndPoint(local, 0));
                        client.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact]
        public Task UsingStatementGetsTheBindFirstInItsBlock()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPEndPoint local, IPEndPoint remote)
                    {
                        using (var client = {|BNP002:new TcpClient(local)|})
                        {
                            client.Connect(remote);
                        }
                    }
                }
                """;
            const string fixedSource = """
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
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task NoInlineFixWhenTheEndPointCannotBeReadTwice()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPEndPoint remote)
                    {
                        var client = {|BNP002:new TcpClient(new IPEndPoint(LocalAddress(), 0))|};
                        client.Connect(remote);
                    }

                    static IPAddress LocalAddress() => IPAddress.Loopback;
                }
                """;
            return Verifier.NoCodeFixAsync(source);
        }

        private const string ConstructorInLoop = """
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                List<TcpClient> OpenMany(IPAddress local, IPEndPoint remote, int count)
                {
                    var clients = new List<TcpClient>();
                    for (var i = 0; i < count; i++)
                    {
                        var client = {|BNP002:new TcpClient(new IPEndPoint(local, 0))|};
                        client.Connect(remote);
                        clients.Add(client);
                    }

                    return clients;
                }
            }
            """;

        // Every shape BNP002 finds (Diagnostics.cs, same test names) gets the inline fix.
        [Fact]
        public Task Constructor_ThenConnect()
        {
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    TcpClient Open(IPAddress local, string host)
                    {
                        var client = new TcpClient(local.AddressFamily);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (System.OperatingSystem.IsLinux())
                        {
                            client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                        }
                        client.Client.Bind(new IPEndPoint(local, 0));
                        client.Connect(host, 443);
                        return client;
                    }
                }
                """;
            return Verifier.CodeFixAsync(Diagnostics.ConstructorThenConnect, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task Constructor_ThenConnectAsync_UsingVar()
        {
            const string fixedSource = """
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
                        if (System.OperatingSystem.IsLinux())
                        {
                            client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                        }
                        client.Client.Bind(local);
                        await client.ConnectAsync(remote, cancellationToken);
                        return client;
                    }
                }
                """;
            return Verifier.CodeFixAsync(Diagnostics.ConstructorThenConnectAsync, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task Runtime_Constructor_ThenConnectAsync_UsingVar()
        {
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using System.Threading;
                using System.Threading.Tasks;
                using BindNoPort;

                class C
                {
                    async Task<TcpClient> OpenAsync(IPEndPoint local, IPEndPoint remote, CancellationToken cancellationToken)
                    {
                        using var client = BoundTcpClient.Create(local);
                        await client.ConnectAsync(remote, cancellationToken);
                        return client;
                    }
                }
                """;
            return Verifier.CodeFixAsync(Diagnostics.ConstructorThenConnectAsync, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact]
        public Task Constructor_ThenBeginConnect()
        {
            const string fixedSource = """
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
            return Verifier.CodeFixAsync(Diagnostics.ConstructorThenBeginConnect, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task ClientBind_ThenConnect() => Verifier.CodeFixAsync(
            Diagnostics.ClientBindThenConnect,
            BNP001.FixedSources.Inline(Diagnostics.ClientBindThenConnect, "BNP002", "client.Client"),
            EquivalenceKeys.SetOptionBeforeBind);

        [Fact]
        public Task ClientBind_ThenConnectAsync() => Verifier.CodeFixAsync(
            Diagnostics.ClientBindThenConnectAsync,
            BNP001.FixedSources.Inline(Diagnostics.ClientBindThenConnectAsync, "BNP002", "client.Client"),
            EquivalenceKeys.SetOptionBeforeBind);

        [Fact]
        public Task Runtime_ClientBind_ThenConnectAsync() => Verifier.CodeFixAsync(
            Diagnostics.ClientBindThenConnectAsync,
            BNP001.FixedSources.BindForConnect(Diagnostics.ClientBindThenConnectAsync, "BNP002"),
            EquivalenceKeys.SetOptionBeforeBind,
            WithRuntime);

        [Fact]
        public Task LocalFunction_ConnectInsideALocalFunction() => Verifier.CodeFixAsync(
            BNP001.Diagnostics.ConnectInsideALocalFunction,
            BNP001.FixedSources.Inline(BNP001.Diagnostics.ConnectInsideALocalFunction, "BNP002", "client.Client"),
            EquivalenceKeys.SetOptionBeforeBind);

        [Fact]
        public Task AcrossMembers_Field()
        {
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    private readonly TcpClient client;

                    public C(IPAddress local)
                    {
                        client = new TcpClient(local.AddressFamily);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (System.OperatingSystem.IsLinux())
                        {
                            client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                        }
                        client.Client.Bind(new IPEndPoint(local, 0));
                    }

                    public void Open(string host) => client.Connect(host, 443);
                }
                """;
            return Verifier.CodeFixAsync(Diagnostics.AcrossMembersThroughField, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task Runtime_AcrossMembers_Field()
        {
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    private readonly TcpClient client;

                    public C(IPAddress local)
                    {
                        client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                    }

                    public void Open(string host) => client.Connect(host, 443);
                }
                """;
            return Verifier.CodeFixAsync(Diagnostics.AcrossMembersThroughField, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        // BindLocal's body is an expression (=> client.Client.Bind(...)): no statement list to add the option block to.
        [Fact]
        public Task AcrossMembers_ClientBind_NoInlineFixInAnExpressionBody() =>
            Verifier.NoCodeFixAsync(Diagnostics.AcrossMembersClientBind, EquivalenceKeys.SetOptionBeforeBind);

        [Fact]
        public Task Runtime_AcrossMembers_ClientBind() => Verifier.CodeFixAsync(
            Diagnostics.AcrossMembersClientBind,
            BNP001.FixedSources.BindForConnect(Diagnostics.AcrossMembersClientBind, "BNP002"),
            EquivalenceKeys.SetOptionBeforeBind,
            WithRuntime);

        [Fact]
        public Task Lambda_ConnectCallback()
        {
            const string fixedSource = """
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
                            var client = new TcpClient(local.AddressFamily);
                            // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                            if (System.OperatingSystem.IsLinux())
                            {
                                client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                            }
                            client.Client.Bind(new IPEndPoint(local, 0));
                            await client.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
                            return client.GetStream();
                        },
                    });
                }
                """;
            return Verifier.CodeFixAsync(Diagnostics.InConnectCallback, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task Runtime_Lambda_ConnectCallback()
        {
            const string fixedSource = """
                using System.IO;
                using System.Net;
                using System.Net.Http;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    HttpClient Create(IPAddress local) => new HttpClient(new SocketsHttpHandler
                    {
                        ConnectCallback = async (context, cancellationToken) =>
                        {
                            var client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                            await client.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, cancellationToken);
                            return client.GetStream();
                        },
                    });
                }
                """;
            return Verifier.CodeFixAsync(Diagnostics.InConnectCallback, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact]
        public Task Loop_ConstructorEachIteration()
        {
            const string fixedSource = """
                using System.Collections.Generic;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    List<TcpClient> OpenMany(IPAddress local, IPEndPoint remote, int count)
                    {
                        var clients = new List<TcpClient>();
                        for (var i = 0; i < count; i++)
                        {
                            var client = new TcpClient(local.AddressFamily);
                            // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                            if (System.OperatingSystem.IsLinux())
                            {
                                client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                            }
                            client.Client.Bind(new IPEndPoint(local, 0));
                            client.Connect(remote);
                            clients.Add(client);
                        }

                        return clients;
                    }
                }
                """;
            return Verifier.CodeFixAsync(ConstructorInLoop, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task Runtime_Loop_ConstructorEachIteration()
        {
            const string fixedSource = """
                using System.Collections.Generic;
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    List<TcpClient> OpenMany(IPAddress local, IPEndPoint remote, int count)
                    {
                        var clients = new List<TcpClient>();
                        for (var i = 0; i < count; i++)
                        {
                            var client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                            client.Connect(remote);
                            clients.Add(client);
                        }

                        return clients;
                    }
                }
                """;
            return Verifier.CodeFixAsync(ConstructorInLoop, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }
    }
}
