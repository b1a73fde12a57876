using System.Threading.Tasks;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using Verifier = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.TcpClientBindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP002
{
    public class CodeFix
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
    }
}
