using System.Threading.Tasks;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using Verifier = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.OptionSetAfterBindCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP004
{
    public sealed partial class CodeFix
    {
        [Fact]
        public Task MovesTheOptionBeforeBind()
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
                        // Defer the port to connect.
                        {|BNP004:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
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
                        // Defer the port to connect.
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.MoveOptionBeforeBind);
        }

        [Fact]
        public Task MovesTheWholeLinuxGuardAndFixesAllInTheDocument()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void First(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        if (OperatingSystem.IsLinux())
                        {
                            {|BNP004:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                        }
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        {|BNP004:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
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
                    void First(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }

                    void Second(IPAddress local, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.CodeFixAsync(source, fixedSource, EquivalenceKeys.MoveOptionBeforeBind);
        }

        [Fact]
        public Task NoFixWhenTheOptionReadsWhatIsDeclaredAfterBind()
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
                        var on = BitConverter.GetBytes(1);
                        {|BNP004:socket.SetRawSocketOption(0, 24, on)|};
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.NoCodeFixAsync(source);
        }

        [Fact]
        public Task NoFixWhenTheOptionIsInAnotherBlock()
        {
            const string source = """
                using System;
                using System.Net;
                using System.Net.Sockets;

                class C
                {
                    void M(IPAddress local, IPEndPoint remote, bool defer)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        if (defer)
                        {
                            {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        }

                        {|BNP004:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                        socket.Connect(remote);
                    }
                }
                """;
            return Verifier.NoCodeFixAsync(source);
        }
    }
}
