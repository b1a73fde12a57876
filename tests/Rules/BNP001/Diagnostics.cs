using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    /// <summary>Where BNP001 fires: a TCP socket bound to port 0, or a port not known to be non-zero, then connected, without the option.</summary>
    public sealed partial class Diagnostics
    {
        public const string ConnectEndPoint = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, IPEndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string ConnectAddressAndPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, IPAddress remote)
                {
                    var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote, 443);
                }
            }
            """;

        public const string ConnectAddressesAndPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, IPAddress[] remotes)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remotes, 443);
                }
            }
            """;

        public const string ConnectHostAndPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect("example.org", 443);
                }
            }
            """;

        public const string ConnectAsyncTask = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    await socket.ConnectAsync(remote);
                }
            }
            """;

        public const string ConnectAsyncValueTaskWithCancellation = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading;
            using System.Threading.Tasks;

            class C
            {
                async ValueTask OpenAsync(IPAddress local, string host, CancellationToken cancellationToken)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    await socket.ConnectAsync(host, 80, cancellationToken);
                }
            }
            """;

        public const string ConnectAsyncEventArgs = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                bool Open(IPAddress local, SocketAsyncEventArgs args)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    return socket.ConnectAsync(args);
                }
            }
            """;

        public const string BeginConnect = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                IAsyncResult Open(IPAddress local, EndPoint remote, AsyncCallback callback)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    return socket.BeginConnect(remote, callback, socket);
                }
            }
            """;

        public const string DualModeSocket = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(EndPoint remote)
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(IPAddress.IPv6Any, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string AddressFamilyOfTheEndPoint = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPEndPoint local, EndPoint remote)
                {
                    var socket = new Socket(local.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string DefaultProtocolOnInterNetwork = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(EndPoint remote)
                {
                    var local = new IPEndPoint(IPAddress.Parse("10.0.0.2"), 0);
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.IP);
                    {|BNP001:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

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
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                        sockets.Add(socket);
                    }

                    return sockets;
                }
            }
            """;

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
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        {|BNP004:socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1))|};
                        socket.Connect(remote);
                    }
                }
            }
            """;

        public const string BindOnOneBranch = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress? local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (local is not null)
                    {
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    }

                    socket.Connect(remote);
                }
            }
            """;

        public const string OptionOnOneBranchOnly = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote, bool defer)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (defer)
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string OptionOnlyOnWindows = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsWindows())
                    {
                        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }

                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string BindOnLinuxBranchWithoutOption = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    }

                    socket.Connect(remote);
                }
            }
            """;

        public const string EarlyReturnWhenNotLinuxLeavesLinuxPath = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    if (!OperatingSystem.IsLinux())
                    {
                        return;
                    }

                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string ConditionalAccess = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    Socket? socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket?.Bind(new IPEndPoint(local, 0))|};
                    socket?.Connect(remote);
                }
            }
            """;

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
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
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

        public const string MemberAccessChain = """
            using System.Net;
            using System.Net.Sockets;

            class Connection
            {
                public Socket? Socket { get; set; }
            }

            class C
            {
                private readonly Connection conn = new Connection();

                void Open(IPAddress local, EndPoint remote)
                {
                    this.conn.Socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:this.conn.Socket.Bind(new IPEndPoint(local, 0))|};
                    this.conn.Socket.Connect(remote);
                }
            }
            """;

        public const string ConnectCallbackLambda = """
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;

            class C
            {
                HttpClient Create(IPAddress local)
                {
                    var handler = new SocketsHttpHandler();
                    handler.ConnectCallback = async (context, cancellationToken) =>
                    {
                        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    };
                    return new HttpClient(handler);
                }
            }
            """;

        public const string ConnectCallbackInFieldInitializer = """
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;

            class C
            {
                private static readonly IPAddress Local = IPAddress.Parse("10.0.0.2");

                private readonly HttpClient client = new HttpClient(new SocketsHttpHandler
                {
                    ConnectCallback = async (context, cancellationToken) =>
                    {
                        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(Local, 0))|};
                        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    },
                });
            }
            """;

        public const string LocalFunction = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                Socket Open(IPAddress local, EndPoint remote)
                {
                    return Connect();

                    Socket Connect()
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                        return socket;
                    }
                }
            }
            """;

        public const string TopLevelStatements = """
            using System.Net;
            using System.Net.Sockets;

            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            {|BNP001:socket.Bind(new IPEndPoint(IPAddress.Parse("10.0.0.2"), 0))|};
            socket.Connect(new IPEndPoint(IPAddress.Parse("10.0.0.1"), 80));
            """;

        public const string AcrossMembersThroughField = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                public void BindLocal(IPAddress local)
                {
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                }

                public void Open(EndPoint remote)
                {
                    socket.Connect(remote);
                }
            }
            """;

        public const string AcrossMembersThroughProperty = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                public C()
                {
                    Socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                }

                private Socket Socket { get; }

                public void BindLocal(IPEndPoint local)
                {
                    {|BNP001:Socket.Bind(local)|};
                }

                public async Task OpenAsync(EndPoint remote)
                {
                    await Socket.ConnectAsync(remote);
                }
            }
            """;

        public const string AcrossMembersCreatedAndBoundInOneMember = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private Socket? socket;

                public void Prepare(IPAddress local)
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                }

                public void Open(EndPoint remote) => socket?.Connect(remote);
            }
            """;

        public const string HelperBindsItsArgument = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static void BindLocal(Socket socket, IPAddress local)
                {
                    socket.Bind(new IPEndPoint(local, 0));
                }

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:BindLocal(socket, local)|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string HelperReturnsBoundSocket = """
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

        public const string ApmInAsyncMethod = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    await Task.Factory.FromAsync(socket.BeginConnect(remote, null, null), socket.EndConnect);
                }
            }
            """;

        public const string UsingStatement = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
                    {
                        {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                        socket.Connect(remote);
                    }
                }
            }
            """;

        public const string ExtensionHelperBindsItsReceiver = """
            using System.Net;
            using System.Net.Sockets;

            static class SocketExtensions
            {
                public static void BindTo(this Socket socket, IPAddress local) => socket.Bind(new IPEndPoint(local, 0));
            }

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.BindTo(local)|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string DisposedByACancellationCallback = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPAddress local, EndPoint remote, CancellationToken cancellationToken)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    using var registration = cancellationToken.Register(() => socket.Dispose());
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    await socket.ConnectAsync(remote);
                }
            }
            """;

        public const string ConnectAsyncExtension = """
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                async Task OpenAsync(IPAddress local, IPAddress remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    await SocketTaskExtensions.ConnectAsync(socket, remote, 443);
                }
            }
            """;

        public const string CreatedOnEitherBranchOfAConditional = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPEndPoint local, EndPoint remote)
                {
                    var socket = local.AddressFamily == AddressFamily.InterNetworkV6
                        ? new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp)
                        : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(local)|};
                    socket.Connect(remote);
                }
            }
            """;

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

                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string ConnectInsideARetryLambda = """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            class C
            {
                static Task RetryAsync(Func<Task> action) => action();

                async Task OpenAsync(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|BNP001:socket.Bind(new IPEndPoint(local, 0))|};
                    await RetryAsync(() => socket.ConnectAsync(remote));
                }
            }
            """;

        public const string ConnectInsideALocalFunction = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var client = new TcpClient(AddressFamily.InterNetwork);
                    {|BNP002:client.Client.Bind(new IPEndPoint(local, 0))|};
                    Connect();

                    void Connect() => client.Connect((IPEndPoint)remote);
                }
            }
            """;

        [Fact] public Task Connect_EndPoint() => Verify.AnalyzerAsync(ConnectEndPoint);

        [Fact] public Task Connect_AddressAndPort() => Verify.AnalyzerAsync(ConnectAddressAndPort);

        [Fact] public Task Connect_AddressesAndPort() => Verify.AnalyzerAsync(ConnectAddressesAndPort);

        [Fact] public Task Connect_HostAndPort() => Verify.AnalyzerAsync(ConnectHostAndPort);

        [Fact] public Task ConnectAsync_Task() => Verify.AnalyzerAsync(ConnectAsyncTask);

        [Fact] public Task ConnectAsync_ValueTaskWithCancellation() => Verify.AnalyzerAsync(ConnectAsyncValueTaskWithCancellation);

        [Fact] public Task ConnectAsync_SocketAsyncEventArgs() => Verify.AnalyzerAsync(ConnectAsyncEventArgs);

        [Fact] public Task ConnectAsync_NetStandardExtension() => Verify.AnalyzerAsync(ConnectAsyncExtension);

        [Fact]
        public async Task Properties_ExtensionConnectNamesTheDestination()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(ConnectAsyncExtension);
            Assert.Equal("remote:443", diagnostic.Properties["ConnectTarget"]);
        }

        [Fact] public Task BeginConnect_Apm() => Verify.AnalyzerAsync(BeginConnect);

        [Fact] public Task Apm_InAsyncMethod() => Verify.AnalyzerAsync(ApmInAsyncMethod);

        [Fact] public Task Socket_DualMode() => Verify.AnalyzerAsync(DualModeSocket);

        [Fact] public Task Socket_AddressFamilyOfTheEndPoint() => Verify.AnalyzerAsync(AddressFamilyOfTheEndPoint);

        [Fact] public Task Socket_DefaultProtocolOnInterNetwork() => Verify.AnalyzerAsync(DefaultProtocolOnInterNetwork);

        [Fact] public Task Socket_CreatedOnEitherBranchOfAConditional() => Verify.AnalyzerAsync(CreatedOnEitherBranchOfAConditional);

        [Fact] public Task Loop_BindEachIteration() => Verify.AnalyzerAsync(BindInLoop);

        [Fact] public Task Loop_OptionAfterTheBindItShouldPrecede() => Verify.AnalyzerAsync(OptionSetInsideLoopAfterFirstBind);

        [Fact] public Task Branch_BindOnOneBranch() => Verify.AnalyzerAsync(BindOnOneBranch);

        [Fact] public Task Branch_OptionOnOneBranchOnly() => Verify.AnalyzerAsync(OptionOnOneBranchOnly);

        [Fact] public Task Guard_OptionOnlyOnWindows() => Verify.AnalyzerAsync(OptionOnlyOnWindows);

        [Fact] public Task Guard_BindOnLinuxBranchWithoutOption() => Verify.AnalyzerAsync(BindOnLinuxBranchWithoutOption);

        [Fact] public Task Guard_EarlyReturnWhenNotLinux() => Verify.AnalyzerAsync(EarlyReturnWhenNotLinuxLeavesLinuxPath);

        [Fact] public Task Receiver_ConditionalAccess() => Verify.AnalyzerAsync(ConditionalAccess);

        [Fact] public Task Receiver_MemberAccessChain() => Verify.AnalyzerAsync(MemberAccessChain);

        [Fact] public Task Try_OptionOnlyOnOnePath() => Verify.AnalyzerAsync(OptionOnlyOnOnePathInsideTry);

        [Fact] public Task Try_BindAndConnect() => Verify.AnalyzerAsync(InsideTry);

        [Fact] public Task Lambda_ConnectCallback() => Verify.AnalyzerAsync(ConnectCallbackLambda);

        [Fact] public Task Lambda_ConnectCallbackInFieldInitializer() => Verify.AnalyzerAsync(ConnectCallbackInFieldInitializer);

        [Fact] public Task Lambda_ConnectInsideARetryLambda() => Verify.AnalyzerAsync(ConnectInsideARetryLambda);

        [Fact] public Task LocalFunction_ConnectInsideALocalFunction() => Verify.AnalyzerAsync(ConnectInsideALocalFunction);

        [Fact] public Task LocalFunction_BindAndConnect() => Verify.AnalyzerAsync(LocalFunction);

        [Fact] public Task TopLevel_Statements() => Verify.AnalyzerAsync(TopLevelStatements, new TestOptions { OutputKind = OutputKind.ConsoleApplication });

        [Fact] public Task AcrossMembers_Field() => Verify.AnalyzerAsync(AcrossMembersThroughField);

        [Fact] public Task AcrossMembers_Property() => Verify.AnalyzerAsync(AcrossMembersThroughProperty);

        [Fact] public Task AcrossMembers_CreatedAndBoundInOneMember() => Verify.AnalyzerAsync(AcrossMembersCreatedAndBoundInOneMember);

        [Fact] public Task Using_Statement() => Verify.AnalyzerAsync(UsingStatement);

        [Fact] public Task Helper_ExtensionBindsItsReceiver() => Verify.AnalyzerAsync(ExtensionHelperBindsItsReceiver);

        [Fact] public Task Lambda_DisposingTheSocketDoesNotHideIt() => Verify.AnalyzerAsync(DisposedByACancellationCallback);

        [Fact] public Task Helper_BindsItsArgument() => Verify.AnalyzerAsync(HelperBindsItsArgument);

        [Fact] public Task Helper_ReturnsBoundSocket() => Verify.AnalyzerAsync(HelperReturnsBoundSocket);

        [Fact]
        public async Task Properties_NameTheSocketTheEndPointAndTheConnect()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(DualModeSocket);
            Assert.Equal(RuleIdentifiers.BindBeforeConnect, diagnostic.Id);
            Assert.Equal("socket", diagnostic.Properties["SocketExpression"]);
            Assert.Equal("true", diagnostic.Properties["BindsWildcardWithPortZero"]);
            Assert.Equal("SocketBind", diagnostic.Properties["BindForm"]);
            Assert.Equal("new IPEndPoint(IPAddress.IPv6Any, 0)", diagnostic.Properties["LocalEndPoint"]);
            Assert.Equal("remote", diagnostic.Properties["ConnectTarget"]);
            Assert.Equal(
                "'socket' is bound to an ephemeral port before it connects to remote: the port is reserved for every destination; set IP_BIND_ADDRESS_NO_PORT before Bind",
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public async Task Properties_SpecificAddressIsNotAWildcard()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(ConnectAddressAndPort);
            Assert.Equal("false", diagnostic.Properties["BindsWildcardWithPortZero"]);
            Assert.Equal("remote:443", diagnostic.Properties["ConnectTarget"]);
        }

        [Fact]
        public async Task Properties_HelperPointsAtTheBindInside()
        {
            var diagnostic = await RuleDiagnostics.SingleAsync(HelperBindsItsArgument);
            Assert.Equal("HelperBindsArgument", diagnostic.Properties["BindForm"]);
            Assert.Equal("false", diagnostic.Properties["BindsWildcardWithPortZero"]);
            var inside = Assert.Single(diagnostic.AdditionalLocations);
            Assert.Equal("socket.Bind(new IPEndPoint(local, 0))", inside.SourceTree!.GetText().ToString(inside.SourceSpan));
        }
    }
}
