using System.Threading.Tasks;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // The inline fix: the option block, behind a Linux check, written right before the Bind; names in full without
    // 'using System'; top-level statements, Windows line endings, Fix All across documents, and no inline fix where no
    // statement list can take the block.
    public sealed partial class CodeFix
    {
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
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
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
            return new VerifyCS.Test
            {
                TestCode = source,
                ExpectedDiagnostics =
                {
                    Bnp001(0, "socket", "remote"),
                },
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            }.RunAsync();
        }

        [Fact]
        public Task SetsTheOptionInlineBeforeBindOnNet100() => new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferences.Net100,
            TestCode = Diagnostics.ConnectEndPoint,
            ExpectedDiagnostics = { Bnp001(0, "socket", "remote") },
            FixedCode = FixedSources.Inline(Diagnostics.ConnectEndPoint, "socket"),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
        }.RunAsync();

        [Fact]
        public Task InlineWithoutUsingSystemImportsIt()
        {
            const string source = """
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
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
            return new VerifyCS.Test
            {
                TestCode = source,
                ExpectedDiagnostics =
                {
                    Bnp001(0, "socket", "remote"),
                },
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            }.RunAsync();
        }

        [Fact]
        public Task TopLevelStatements()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                {|#0:socket.Bind(new IPEndPoint(IPAddress.Loopback, 0))|};
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
            return new VerifyCS.Test
            {
                TestCode = source,
                ExpectedDiagnostics =
                {
                    Bnp001(0, "socket", "new IPEndPoint(IPAddress.Loopback, 80)"),
                },
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
                TestState = { OutputKind = OutputKind.ConsoleApplication },
            }.RunAsync();
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
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
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
            return new VerifyCS.Test
            {
                TestCode = source.Replace("\n", "\r\n"),
                ExpectedDiagnostics =
                {
                    Bnp001(0, "socket", "remote"),
                },
                FixedCode = fixedSource.Replace("\n", "\r\n"),
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            }.RunAsync();
        }

        // One fix at a time writes the block at each Bind; Fix All over the two calls the project's one helper instead.
        [Fact]
        public Task FixAllAcrossDocuments_CallsOneHelper_OneFixAtATimeStaysInline()
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
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
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
                                {|#1:socket.Bind(new IPEndPoint(local, 0))|};
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
            var test = new VerifyCS.Test
            {
                ExpectedDiagnostics =
                {
                    Bnp001(0, "socket", "remote"),
                    Bnp001(1, "socket", "remote"),
                },
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            };
            test.TestState.Sources.Add(first);
            test.TestState.Sources.Add(second);
            test.FixedState.Sources.Add(firstFixed);
            test.FixedState.Sources.Add(secondFixed);
            test.BatchFixedState.Sources.Add(HelperSources.AppendedTo(first.Replace("{|#0:socket.Bind(new IPEndPoint(local, 0))|};", "SocketPortDeferral.DeferPortToConnect(socket);\n        socket.Bind(new IPEndPoint(local, 0));")));
            test.BatchFixedState.Sources.Add(second.Replace("{|#1:socket.Bind(new IPEndPoint(local, 0))|};", "SocketPortDeferral.DeferPortToConnect(socket);\n                socket.Bind(new IPEndPoint(local, 0));"));

            // Fix All in one document covers one site here, which stays inline as a single fix does.
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
            return test.RunAsync();
        }

        [Fact]
        public Task EmbeddedBindGetsBracesAndTheOption()
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
                            {|#0:socket.Bind(new IPEndPoint(local, 0))|};
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
                    void M(IPAddress local, IPEndPoint remote, bool bindLocal)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (bindLocal)
                        {
                            // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                            if (OperatingSystem.IsLinux())
                            {
                                socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                            }
                            socket.Bind(new IPEndPoint(local, 0));
                        }
                        socket.Connect(remote);
                    }
                }
                """;

            // A bare if before the Bind could take an enclosing if's else: the embedded statement gets braces first.
            return new VerifyCS.Test
            {
                TestCode = source,
                ExpectedDiagnostics = { Bnp001(0, "socket", "remote") },
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            }.RunAsync();
        }
    }
}
