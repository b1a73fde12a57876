using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP005
{
    // A port a call returns (a free-port finder, a random pick) is one the code chose: an explicit port, not port 0.
    public sealed partial class Diagnostics
    {
        private const string PortFinder = """


            static class PortFinder
            {
                private static readonly Random Pick = new Random();

                public static int Free(IPAddress local) => 1024 + Pick.Next(30000);
            }
            """;

        public const string PortPickedByACall = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var port = PortFinder.Free(local);
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, port))|};
                    socket.Connect(remote);
                }
            }
            """ + PortFinder;

        [Fact]
        public Task Port_PickedByACallIsExplicit() => new VerifyCS.Test
        {
            TestCode = PortPickedByACall,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP005ExplicitLocalPortBeforeConnect).WithLocation(0).WithArguments("socket", "remote") },
            DiagnosticVerifier = (diagnostic, _, verifier) => verifier.False(diagnostic.Properties.ContainsKey(DiagnosticContract.LocalPort), "a picked port has no constant to carry"),
        }.RunAsync(CancellationToken.None);

        public const string PortPickedByACallInAMemberHelper = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class Transfer
            {
                private Socket socket;

                public IPAddress SourceAddress { get; set; }

                public void Open(EndPoint remote)
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:BindToSource()|};
                    socket.Connect(remote);
                }

                private void BindToSource()
                {
                    if (SourceAddress != null)
                    {
                        {|#1:socket.Bind(new IPEndPoint(SourceAddress, PortFinder.Free(SourceAddress)))|};
                    }
                }
            }
            """ + PortFinder;

        [Fact]
        public Task Port_PickedByACallInAMemberHelper() => VerifyCS.VerifyAnalyzerAsync(
            PortPickedByACallInAMemberHelper,
            VerifyCS.Diagnostic(Descriptors.BNP005ExplicitLocalPortBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote"));

        public const string ExplicitPortThroughAHelperThatDefersOnlyPortZero = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            static class Binder
            {
                public static void BindDeferred(Socket socket, IPEndPoint local)
                {
                    if (local.Port == 0)
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    {|#1:socket.Bind(local)|};
                }
            }

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:Binder.BindDeferred(socket, new IPEndPoint(local, 5000))|};
                    socket.Connect(remote);
                }
            }
            """;

        // The helper's port test does not hide the caller's explicit port.
        [Fact]
        public Task Port_ExplicitThroughAHelperThatDefersOnlyPortZero() => VerifyCS.VerifyAnalyzerAsync(
            ExplicitPortThroughAHelperThatDefersOnlyPortZero,
            VerifyCS.Diagnostic(Descriptors.BNP005ExplicitLocalPortBeforeConnect).WithLocation(0).WithLocation(1).WithArguments("socket", "remote"));
    }
}
