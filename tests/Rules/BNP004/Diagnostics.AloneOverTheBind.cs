using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP004
{
    // One defect, one diagnostic: where the option follows the bind on the same socket, BNP004 alone is reported
    // (its fix moves the option); the bind's own BNP001 or BNP002 is not.
    public sealed partial class Diagnostics
    {
        public const string OptionAfterTheBindOfAConnectedSocket = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    {|#0:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Alone_NotWithBnp001() => VerifyCS.VerifyAnalyzerAsync(
            OptionAfterTheBindOfAConnectedSocket,
            VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"));

        public const string OptionAfterATcpClientConstructorBind = """
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
            """;

        [Fact]
        public Task Alone_NotWithBnp002() => VerifyCS.VerifyAnalyzerAsync(
            OptionAfterATcpClientConstructorBind,
            VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("client.Client"));

        // An explicit port is reserved at bind whatever the option says (K4): that bind stays BNP005's.
        public const string OptionAfterAnExplicitPortBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#1:socket.Bind(new IPEndPoint(local, 5000))|};
                    {|#0:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Alone_ExplicitPortStaysBnp005s() => VerifyCS.VerifyAnalyzerAsync(
            OptionAfterAnExplicitPortBind,
            VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(0).WithLocation(1).WithArguments("socket"),
            VerifyCS.Diagnostic(Descriptors.BNP005ExplicitLocalPortBeforeConnect).WithLocation(1).WithArguments("socket", "remote"));

        public const string OptionSetInsideLoopAfterFirstBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    while (true)
                    {
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                        {|#1:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                        socket.Connect(remote);
                    }
                }
            }
            """;

        // The option comes after the Bind it should precede; the next iteration's Bind finds it set, so BNP004 alone.
        [Fact]
        public Task Alone_InALoop() => VerifyCS.VerifyAnalyzerAsync(
            OptionSetInsideLoopAfterFirstBind,
            VerifyCS.Diagnostic(Descriptors.BNP004OptionSetAfterBind).WithLocation(1).WithLocation(0).WithArguments("socket"));
    }
}
