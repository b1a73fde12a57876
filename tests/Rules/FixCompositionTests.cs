using System.Collections.Generic;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace BindNoPort.Tests.Rules
{
    /// <summary>
    /// Every analyzer and every fix of the package on one method, applied one at a time and by Fix All until nothing is
    /// left, as the IDE, dotnet format and Roslynator do: the fixes compose to code that sets the option once.
    /// </summary>
    public sealed class FixCompositionTests
    {
        [Fact]
        public Task WrongWayOptionBeforeTheBind_BecomesTheOneGuardedOption() => Run(
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|};
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
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
            """,
            iterations: 1,
            Bnp003(0));

        [Fact]
        public Task WrongWayOptionAfterTheBind_IsMadeRightThenMovedAboveTheBind() => Run(
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(local, 0));
                    {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|};
                    socket.Connect(remote);
                }
            }
            """,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
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
            """,
            iterations: 2,
            Bnp003(0));

        [Fact]
        public Task OptionAfterATcpClientConstructor_IsTheOneOptionOfTheRebinding() => Run(
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPEndPoint local, string host)
                {
                    var client = {|#1:new TcpClient(local)|};
                    {|#0:client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    client.Connect(host, 443);
                }
            }
            """,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPEndPoint local, string host)
                {
                    var client = new TcpClient(local.AddressFamily);
                    client.Client.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    client.Client.Bind(local);
                    client.Connect(host, 443);
                }
            }
            """,
            iterations: 1,
            new DiagnosticResult(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("client.Client"));

        [Fact]
        public Task HelperBindingForTwoCallers_GetsTheOptionOnce() => Run(
            """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                static void BindLocal(Socket socket, IPAddress local)
                {
                    {|#2:socket.Bind(new IPEndPoint(local, 0))|};
                }

                void First(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:BindLocal(socket, local)|};
                    socket.Connect(remote);
                }

                void Second(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#1:BindLocal(socket, local)|};
                    socket.Connect(remote);
                }
            }
            """,
            """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
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
            """,
            iterations: 1,
            new DiagnosticResult(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithLocation(2).WithArguments("socket", "remote", "port 0"),
            new DiagnosticResult(Descriptors.BNP001BindBeforeConnect).WithLocation(1).WithLocation(2).WithArguments("socket", "remote", "port 0"));

        // Without the runtime: BNP001's Fix All over two Binds writes the helper, and BNP002's fix after it calls the
        // same helper, in a conditional and in a declaration; one fix at a time, each site takes its own form.
        [Fact]
        public Task SeveralSitesWithoutTheRuntime_FixAllWritesOneHelperThatEveryLaterFixCalls()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class Dialer
                {
                    void First(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }

                    void Third(IPEndPoint? local, string host)
                    {
                        var client = local != null ? {|#2:new TcpClient(local)|} : new TcpClient(AddressFamily.InterNetwork);
                        client.Connect(host, 80);
                    }
                }
                """;
            var test = new EveryFix
            {
                TestCode = source,
                NumberOfIncrementalIterations = 3,
                NumberOfFixAllIterations = 2,
                ExpectedDiagnostics =
                {
                    new DiagnosticResult(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"),
                    new DiagnosticResult(Descriptors.BNP001BindBeforeConnect).WithLocation(1).WithArguments("socket", "remote", "port 0"),
                    new DiagnosticResult(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(2).WithArguments("client", "host:80"),
                },
            };
            test.FixedState.Sources.Add(HelperSources.AppendedTo("""
                using System;
                using System.Net;
                using System.Net.Sockets;

                class Dialer
                {
                    void First(IPAddress local, EndPoint remote)
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

                    void Second(IPAddress local, EndPoint remote)
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

                    void Third(IPEndPoint? local, string host)
                    {
                        var client = local != null ? SocketPortDeferral.CreateBoundTcpClient(local) : new TcpClient(AddressFamily.InterNetwork);
                        client.Connect(host, 80);
                    }
                }
                """));
            test.BatchFixedState.Sources.Add(HelperSources.AppendedTo("""
                using System.Net;
                using System.Net.Sockets;

                class Dialer
                {
                    void First(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        SocketPortDeferral.DeferPortToConnect(socket);
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, EndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        SocketPortDeferral.DeferPortToConnect(socket);
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }

                    void Third(IPEndPoint? local, string host)
                    {
                        var client = local != null ? SocketPortDeferral.CreateBoundTcpClient(local) : new TcpClient(AddressFamily.InterNetwork);
                        client.Connect(host, 80);
                    }
                }
                """));
            return test.RunAsync();
        }

        private static DiagnosticResult Bnp003(int location) =>
            new DiagnosticResult(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(location).WithArguments("SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, ...)");

        private static Task Run(string source, string fixedSource, int iterations, params DiagnosticResult[] expected)
        {
            var test = new EveryFix { TestCode = source, FixedCode = fixedSource, NumberOfIncrementalIterations = iterations, NumberOfFixAllIterations = iterations };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        private sealed class EveryFix : CSharpCodeFixTest<BindBeforeConnectAnalyzer, BindBeforeConnectCodeFixProvider, DefaultVerifier>
        {
            public EveryFix()
            {
                ReferenceAssemblies = TestReferences.Net80;
                SolutionTransforms.Add(TestProjectSettings.Apply);
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
                new DiagnosticAnalyzer[] { new BindBeforeConnectAnalyzer(), new OptionSetTheWrongWayAnalyzer() };

            protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => new CodeFixProvider[]
            {
                new BindBeforeConnectCodeFixProvider(),
                new TcpClientBindBeforeConnectCodeFixProvider(),
                new OptionSetTheWrongWayCodeFixProvider(),
                new OptionSetAfterBindCodeFixProvider(),
            };
        }
    }
}
