using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Loops and try blocks: a bind every iteration, an option that comes after the bind it should precede, an option on one path only.
    public sealed partial class Diagnostics
    {
        public const string BindInLoop = """
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                List<Socket> OpenMany(IPAddress local, EndPoint remote, int count)
                {
                    var sockets = new List<Socket>();
                    for (var i = 0; i < count; i++)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                        sockets.Add(socket);
                    }

                    return sockets;
                }
            }
            """;

        [Fact]
        public Task Loop_BindEachIteration() => VerifyCS.VerifyAnalyzerAsync(
            BindInLoop,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string InsideTry = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                Socket? Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    try
                    {
                        {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                        return socket;
                    }
                    catch (SocketException)
                    {
                        socket.Dispose();
                        return null;
                    }
                }
            }
            """;

        [Fact]
        public Task Try_BindAndConnect() => VerifyCS.VerifyAnalyzerAsync(
            InsideTry,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        public const string OptionOnlyOnOnePathInsideTry = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote, bool defer)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    try
                    {
                        if (defer)
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }
                    }
                    catch (SocketException)
                    {
                    }

                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Try_OptionOnlyOnOnePath() => VerifyCS.VerifyAnalyzerAsync(
            OptionOnlyOnOnePathInsideTry,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));
    }
}
