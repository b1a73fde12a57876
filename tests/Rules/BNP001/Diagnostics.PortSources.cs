using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // The message says what is known of the port: 0, or a value that may be 0 and the member or variable it comes from.
    public sealed partial class Diagnostics
    {
        public const string EndPointFromAProperty = """
            using System.Net;
            using System.Net.Sockets;

            class UpstreamClient
            {
                public IPEndPoint LocalEndPoint { get; set; }

                public void Open(EndPoint remote)
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(LocalEndPoint)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task PortSource_Property() => VerifyCS.VerifyAnalyzerAsync(
            EndPointFromAProperty,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from property 'UpstreamClient.LocalEndPoint'"));

        public const string PortFromAnOptionsProperty = """
            using System.Net;
            using System.Net.Sockets;

            class ClientOptions
            {
                public int LocalPort { get; set; }
            }

            class C
            {
                void Open(ClientOptions options, EndPoint remote)
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(IPAddress.Any, options.LocalPort))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task PortSource_OptionsProperty() => VerifyCS.VerifyAnalyzerAsync(
            PortFromAnOptionsProperty,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from property 'ClientOptions.LocalPort'"));

        public const string EndPointFromAField = """
            using System.Net;
            using System.Net.Sockets;

            class Probe
            {
                private readonly IPEndPoint source;

                public Probe(IPEndPoint source) => this.source = source;

                public void Open(EndPoint remote)
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(source)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task PortSource_Field() => VerifyCS.VerifyAnalyzerAsync(
            EndPointFromAField,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from field 'Probe.source'"));

        public const string EndPointACallReturns = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static extern IPEndPoint OutboundEndPoint();

                void Open(EndPoint remote)
                {
                    var local = OutboundEndPoint();
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task PortSource_WhatACallReturns() => VerifyCS.VerifyAnalyzerAsync(
            EndPointACallReturns,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from what 'OutboundEndPoint' returns"));

        public const string PortFromAParameter = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress address, int port, EndPoint remote)
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(address, port))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task PortSource_Parameter() => VerifyCS.VerifyAnalyzerAsync(
            PortFromAParameter,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "a port that may be 0, from parameter 'port'"));
    }
}
