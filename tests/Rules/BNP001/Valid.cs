using System.Threading.Tasks;
using BindNoPort.Tests.Verifiers;
using Xunit;
using Verify = BindNoPort.Tests.Verifiers.Verify<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    /// <summary>Where BNP001 stays silent: the option is set first, the socket is no TCP client, or the analysis cannot be sure.</summary>
    public sealed partial class Valid
    {
        public const string RawOptionBeforeBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string RawOptionWithEnumLevel = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                const int IpBindAddressNoPort = 24;

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption((int)SocketOptionLevel.IP, IpBindAddressNoPort, BitConverter.GetBytes(1));
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string OptionOnEveryBranch = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote, bool ipv6)
                {
                    Socket socket;
                    if (ipv6)
                    {
                        socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    else
                    {
                        socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string LinuxGuardAsTheCodeFixWritesIt = """
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
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string RuntimeInformationLinuxGuard = """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Runtime.InteropServices;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string OptionOnLinuxAndWindows = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (!OperatingSystem.IsLinux())
                    {
                        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    }
                    else
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string WindowsReuseUnicastPort = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string OptionSetTheWrongWayIsAnotherRule = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string RuntimeDeferPortToConnect = """
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var first = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    first.DeferPortToConnect();
                    first.Bind(new IPEndPoint(local, 0));
                    first.Connect(remote);

                    var second = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    PortDeferral.DeferPortToConnect(second);
                    second.Bind(new IPEndPoint(local, 0));
                    second.Connect(remote);
                }
            }
            """;

        public const string RuntimeBindForConnect = """
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.BindForConnect(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string Server = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                Socket Serve(IPAddress local)
                {
                    var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    listener.Bind(new IPEndPoint(local, 0));
                    listener.Listen(100);
                    return listener.Accept();
                }
            }
            """;

        public const string Udp = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var datagram = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                    datagram.Bind(new IPEndPoint(local, 0));
                    datagram.Connect(remote);
                }
            }
            """;

        public const string Raw = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var raw = new Socket(AddressFamily.InterNetwork, SocketType.Raw, ProtocolType.Icmp);
                    raw.Bind(new IPEndPoint(local, 0));
                    raw.Connect(remote);
                }
            }
            """;

        public const string UnixDomain = """
            using System.Net.Sockets;

            class C
            {
                void Open(string localPath, string remotePath)
                {
                    var unix = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    unix.Bind(new UnixDomainSocketEndPoint(localPath));
                    unix.Connect(new UnixDomainSocketEndPoint(remotePath));
                }
            }
            """;

        public const string CreationNotVisible = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(Socket socket, IPAddress local, EndPoint remote)
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string CreationFromHandle = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(SafeSocketHandle handle, IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(handle);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string ProtocolNotKnown = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(AddressFamily family, IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(family, SocketType.Stream, ProtocolType.Unspecified);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string ConnectNotVisible = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                Socket Create(IPAddress local)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(local, 0));
                    return socket;
                }
            }
            """;

        public const string ConnectWithoutBind = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Connect(remote);
                }
            }
            """;

        public const string HandedToCodeNotSeenBeforeBind = """
            using System.Net;
            using System.Net.Sockets;

            interface IConfigurator
            {
                void Configure(Socket socket);
            }

            class C
            {
                void Open(IConfigurator configurator, IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    configurator.Configure(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string HelperSetsTheOption = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static void DeferPort(Socket socket)
                {
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                }

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    DeferPort(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string HelperReturnsDeferredSocket = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static Socket CreateClient()
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    return socket;
                }

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = CreateClient();
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string OptionInLoopBeforeEveryBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote, int count)
                {
                    for (var i = 0; i < count; i++)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.Bind(new IPEndPoint(local, 0));
                        socket.Connect(remote);
                    }
                }
            }
            """;

        public const string AcrossMembersOptionSetInConstructor = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly Socket socket;

                public C()
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                }

                public void BindLocal(IPAddress local) => socket.Bind(new IPEndPoint(local, 0));

                public void Open(EndPoint remote) => socket.Connect(remote);
            }
            """;

        public const string AcrossMembersServer = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                public void BindLocal(IPAddress local) => socket.Bind(new IPEndPoint(local, 0));

                public void Start() => socket.Listen();
            }
            """;

        public const string AcrossMembersCreationNotVisible = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private readonly Socket socket;

                public C(Socket socket) => this.socket = socket;

                public void BindLocal(IPAddress local) => socket.Bind(new IPEndPoint(local, 0));

                public void Open(EndPoint remote) => socket.Connect(remote);
            }
            """;

        public const string AcrossMembersRecreatedBeforeConnect = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                private Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

                public void BindLocal(IPAddress local) => socket.Bind(new IPEndPoint(local, 0));

                public void Reconnect(EndPoint remote)
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Connect(remote);
                }
            }
            """;

        public const string LambdaWithOption = """
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;

            class C
            {
                HttpClient Create(IPAddress local) => new HttpClient(new SocketsHttpHandler
                {
                    ConnectCallback = async (context, cancellationToken) =>
                    {
                        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }

                        socket.Bind(new IPEndPoint(local, 0));
                        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    },
                });
            }
            """;

        public const string GeneratedCode = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string ReassignedBeforeConnect = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote, Socket other)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket = other;
                    socket.Connect(remote);
                }
            }
            """;

        public const string ElseBranchIsNotLinux = """
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
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.Bind(new IPEndPoint(local, 0));
                    }
                    else
                    {
                        socket.Bind(new IPEndPoint(local, 0));
                    }

                    socket.Connect(remote);
                }
            }
            """;

        public const string HelperBindsAfterTheCallerSetTheOption = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static void BindLocal(Socket socket, IPAddress local) => socket.Bind(new IPEndPoint(local, 0));

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    BindLocal(socket, local);
                    socket.Connect(remote);
                }
            }
            """;

        public const string HelperSetsTheOptionThenBinds = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static Socket CreateBound(IPAddress local)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    return socket;
                }

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = CreateBound(local);
                    socket.Connect(remote);
                }
            }
            """;

        public const string OptionSetTheWrongWayAfterBind = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);
                    socket.Connect(remote);
                }
            }
            """;

        public const string LinuxCheckHeldInALocal = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var onLinux = OperatingSystem.IsLinux();
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (onLinux)
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string HelperSetsTheOptionInsideALambda = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static void Step(string name, Action call) => call();

                static void DeferPort(Socket socket) => Step("setsockopt", () => socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1)));

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    DeferPort(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string OptionSetInALambdaOfTheSameMethod = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static void Step(string name, Action call) => call();

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Step("setsockopt", () => socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1)));
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        public const string PartialMethodSetsTheOption = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            partial class C
            {
                partial void DeferPort(Socket socket);

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    DeferPort(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }

            partial class C
            {
                partial void DeferPort(Socket socket)
                {
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                }
            }
            """;

        public const string TcpOrUdpOnEitherBranch = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPEndPoint local, EndPoint remote, bool datagram)
                {
                    var socket = datagram
                        ? new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
                        : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(local);
                    socket.Connect(remote);
                }
            }
            """;

        public const string NullConditionalOptionThenBind = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(Socket? socket, IPAddress local, EndPoint remote)
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    if (OperatingSystem.IsLinux())
                    {
                        socket?.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    socket?.Bind(new IPEndPoint(local, 0));
                    socket?.Connect(remote);
                }
            }
            """;

        public const string OptionBestEffortInTryCatch = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    try
                    {
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    catch (SocketException)
                    {
                        // Kernels before 4.2 refuse the option; bind as before.
                    }

                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact] public Task Option_RawBeforeBind() => Verify.AnalyzerAsync(RawOptionBeforeBind);

        [Fact] public Task Option_RawWithEnumLevelAndConstant() => Verify.AnalyzerAsync(RawOptionWithEnumLevel);

        [Fact] public Task Option_BestEffortInTryCatch() => Verify.AnalyzerAsync(OptionBestEffortInTryCatch);

        [Fact] public Task Option_OnEveryBranch() => Verify.AnalyzerAsync(OptionOnEveryBranch);

        [Fact] public Task Option_InLoopBeforeEveryBind() => Verify.AnalyzerAsync(OptionInLoopBeforeEveryBind);

        [Fact] public Task Option_WindowsReuseUnicastPort() => Verify.AnalyzerAsync(WindowsReuseUnicastPort);

        [Fact] public Task Option_SetTheWrongWayIsBnp003s() => Verify.AnalyzerAsync(OptionSetTheWrongWayIsAnotherRule);

        [Fact] public Task Option_SetTheWrongWayAfterBindIsBnp003sToo() => Verify.AnalyzerAsync(OptionSetTheWrongWayAfterBind);

        [Fact] public Task Guard_LinuxCheckAsTheCodeFixWritesIt() => Verify.AnalyzerAsync(LinuxGuardAsTheCodeFixWritesIt);

        [Fact] public Task Guard_RuntimeInformationIsOSPlatformLinux() => Verify.AnalyzerAsync(RuntimeInformationLinuxGuard);

        [Fact] public Task Guard_LinuxCheckHeldInALocal() => Verify.AnalyzerAsync(LinuxCheckHeldInALocal);

        [Fact] public Task Guard_LinuxAndWindowsBranches() => Verify.AnalyzerAsync(OptionOnLinuxAndWindows);

        [Fact] public Task Runtime_DeferPortToConnect() => Verify.AnalyzerAsync(RuntimeDeferPortToConnect, new TestOptions { ReferenceRuntime = true });

        [Fact] public Task Runtime_BindForConnect() => Verify.AnalyzerAsync(RuntimeBindForConnect, new TestOptions { ReferenceRuntime = true });

        [Fact] public Task Server_BindListenAccept() => Verify.AnalyzerAsync(Server);

        [Fact] public Task Socket_TcpOrUdpOnEitherBranch() => Verify.AnalyzerAsync(TcpOrUdpOnEitherBranch);

        [Fact] public Task Socket_Udp() => Verify.AnalyzerAsync(Udp);

        [Fact] public Task Socket_Raw() => Verify.AnalyzerAsync(Raw);

        [Fact] public Task Socket_UnixDomain() => Verify.AnalyzerAsync(UnixDomain);

        [Fact] public Task Socket_CreationNotVisible() => Verify.AnalyzerAsync(CreationNotVisible);

        [Fact] public Task Socket_CreatedFromHandle() => Verify.AnalyzerAsync(CreationFromHandle);

        [Fact] public Task Socket_ProtocolNotKnown() => Verify.AnalyzerAsync(ProtocolNotKnown);

        [Fact] public Task Socket_ReassignedBeforeConnect() => Verify.AnalyzerAsync(ReassignedBeforeConnect);

        [Fact] public Task Connect_NotVisible() => Verify.AnalyzerAsync(ConnectNotVisible);

        [Fact] public Task Connect_WithoutBind() => Verify.AnalyzerAsync(ConnectWithoutBind);

        [Fact] public Task Escape_HandedToCodeNotSeenBeforeBind() => Verify.AnalyzerAsync(HandedToCodeNotSeenBeforeBind);

        [Fact] public Task Guard_ElseBranchIsNotLinux() => Verify.AnalyzerAsync(ElseBranchIsNotLinux);

        [Fact] public Task Helper_BindsAfterTheCallerSetTheOption() => Verify.AnalyzerAsync(HelperBindsAfterTheCallerSetTheOption);

        [Fact] public Task Helper_SetsTheOptionThenBinds() => Verify.AnalyzerAsync(HelperSetsTheOptionThenBinds);

        [Fact] public Task Helper_SetsTheOptionInsideALambda() => Verify.AnalyzerAsync(HelperSetsTheOptionInsideALambda);

        [Fact] public Task Lambda_OptionSetInALambdaOfTheSameMethod() => Verify.AnalyzerAsync(OptionSetInALambdaOfTheSameMethod);

        [Fact] public Task Helper_PartialMethodSetsTheOption() => Verify.AnalyzerAsync(PartialMethodSetsTheOption);

        [Fact] public Task Helper_SetsTheOption() => Verify.AnalyzerAsync(HelperSetsTheOption);

        [Fact] public Task Helper_ReturnsDeferredSocket() => Verify.AnalyzerAsync(HelperReturnsDeferredSocket);

        [Fact] public Task AcrossMembers_OptionSetInConstructor() => Verify.AnalyzerAsync(AcrossMembersOptionSetInConstructor);

        [Fact] public Task AcrossMembers_Server() => Verify.AnalyzerAsync(AcrossMembersServer);

        [Fact] public Task AcrossMembers_CreationNotVisible() => Verify.AnalyzerAsync(AcrossMembersCreationNotVisible);

        [Fact] public Task AcrossMembers_RecreatedBeforeConnect() => Verify.AnalyzerAsync(AcrossMembersRecreatedBeforeConnect);

        [Fact] public Task Lambda_ConnectCallbackWithOption() => Verify.AnalyzerAsync(LambdaWithOption);

        [Fact] public Task Receiver_NullConditionalOptionBeforeNullConditionalBind() => Verify.AnalyzerAsync(NullConditionalOptionThenBind);

        [Fact] public Task GeneratedCode_IsNotAnalyzed() => Verify.AnalyzerAsync(GeneratedCode, new TestOptions { FirstFileName = "Client.g.cs" });

        [Fact]
        public Task EditorConfig_SeverityNone()
        {
            return Verify.AnalyzerAsync(
                Diagnostics.ConnectEndPoint.Replace("{|BNP001:", string.Empty, System.StringComparison.Ordinal).Replace(")|}", ")", System.StringComparison.Ordinal),
                new TestOptions { EditorConfig = "[*.cs]\ndotnet_diagnostic.BNP001.severity = none" });
        }
    }
}
