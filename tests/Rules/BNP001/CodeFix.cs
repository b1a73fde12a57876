using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verifier = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    public class CodeFix
    {
        private static readonly TestOptions WithRuntime = new() { ReferenceRuntime = true };

        [Fact]
        public Task SetsTheOptionInlineBeforeBind()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        // Leave from the service address.
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
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
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        // Leave from the service address.
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task InlineWithoutUsingSystemWritesFullNames()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (System.OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task UsesBindForConnectWhenTheRuntimeIsReferenced()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
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
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.BindForConnect(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact]
        public Task RemovesABindToTheWildcardAddressWithPortZero()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(IPAddress.Any, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.RemoveWildcardBind);
        }

        [Fact]
        public Task NoRemovalForASpecificAddress()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.NoCodeFixAsync(source, EquivalenceKeys.RemoveWildcardBind);
        }

        [Fact]
        public Task FixAllFixesEveryBindInTheDocumentAndImportsOnce()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void First(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, IPEndPoint remote)
                    {
                        using var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    void First(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.BindForConnect(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, IPEndPoint remote)
                    {
                        using var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                        socket.BindForConnect(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact]
        public Task FixAllInlineAcrossDocuments()
        {
            const string first = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class First
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string second = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class Second
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        switch (local.AddressFamily)
                        {
                            case AddressFamily.InterNetwork:
                                {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                                break;
                        }

                        socket.Connect(remote);
                    }
                }
                """;
            const string firstFixed = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class First
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            const string secondFixed = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class Second
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        switch (local.AddressFamily)
                        {
                            case AddressFamily.InterNetwork:
                                // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                                if (OperatingSystem.IsLinux())
                                {
                                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                                }
                                socket.Bind(new IPEndPoint(local, 0));
                                break;
                        }

                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(new[] { first, second }, new[] { firstFixed, secondFixed }, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task TopLevelStatements()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                {|BNP001:socket.Bind(new IPEndPoint(IPAddress.Loopback, 0))|};
                socket.Connect(new IPEndPoint(IPAddress.Loopback, 80));
                """;
            const string fixedSource = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                if (OperatingSystem.IsLinux())
                {
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                }
                socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
                socket.Connect(new IPEndPoint(IPAddress.Loopback, 80));
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, new TestOptions { OutputKind = OutputKind.ConsoleApplication });
        }

        [Fact]
        public Task KeepsWindowsLineEndings()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
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
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source.Replace("\n", "\r\n"), fixedSource.Replace("\n", "\r\n"), EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task ImportsTheRuntimeIntoAFileWithoutUsings()
        {
            const string source = """
                // Copyright header.
                namespace N;

                class C
                {
                    void M(System.Net.IPAddress local, System.Net.IPEndPoint remote)
                    {
                        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new System.Net.IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                // Copyright header.
                using BindNoPort;

                namespace N;

                class C
                {
                    void M(System.Net.IPAddress local, System.Net.IPEndPoint remote)
                    {
                        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                        socket.BindForConnect(new System.Net.IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact]
        public Task FixesTheBindInsideAHelperOnceForAllItsCallers()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    static void BindLocal(Socket socket, IPAddress local)
                    {
                        socket.Bind(new IPEndPoint(local, 0));
                    }

                    void First(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:BindLocal(socket, local)|};
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:BindLocal(socket, local)|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    static void BindLocal(Socket socket, IPAddress local)
                    {
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                    }

                    void First(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        BindLocal(socket, local);
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        BindLocal(socket, local);
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind);
        }

        [Fact]
        public Task FixesTheBindInsideAHelperThatReturnsTheSocket()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                static class Sockets
                {
                    public static Socket CreateBound(IPAddress local)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.Bind(new IPEndPoint(local, 0));
                        return socket;
                    }
                }

                class C
                {
                    void Open(IPAddress local, EndPoint remote)
                    {
                        var socket = {|BNP001:Sockets.CreateBound(local)|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                static class Sockets
                {
                    public static Socket CreateBound(IPAddress local)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.BindForConnect(new IPEndPoint(local, 0));
                        return socket;
                    }
                }

                class C
                {
                    void Open(IPAddress local, EndPoint remote)
                    {
                        var socket = Sockets.CreateBound(local);
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }

        [Fact]
        public Task NoInlineFixForABindThatIsAnEmbeddedStatement()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote, bool bindLocal)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (bindLocal)
                            {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.NoCodeFixAsync(source);
        }

        [Fact]
        public Task BindForConnectAlsoFitsAnEmbeddedStatement()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote, bool bindLocal)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (bindLocal)
                            {|BNP001:socket.Bind(localEP: new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
                """;
            const string fixedSource = """
                using System.Net;
                using System.Net.Sockets;
                using BindNoPort;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote, bool bindLocal)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (bindLocal)
                            socket.BindForConnect(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.SetOptionBeforeBind, WithRuntime);
        }
    }
}
