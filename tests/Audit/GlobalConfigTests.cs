using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Audit;
using BindNoPort.Audit.GlobalConfig;
using BindNoPort.Audit.Inputs;
using Xunit;

namespace BindNoPort.Tests.Audit
{
    public sealed class GlobalConfigTests
    {
        // A shared library's public helpers: some bind or connect the socket they are given, their look-alikes do not.
        private const string SharedLibrary = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            namespace Shared
            {
                public static class SocketExtensions
                {
                    public static void BindToLocal(this Socket socket, IPAddress address) => socket.Bind(new IPEndPoint(address, 0));

                    public static void BindDeferred(this Socket socket, IPAddress address)
                    {
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }

                        socket.Bind(new IPEndPoint(address, 0));
                    }

                    public static void Serve(this Socket socket, EndPoint local)
                    {
                        socket.Bind(local);
                        socket.Listen(16);
                    }

                    internal static void BindInside(Socket socket, EndPoint local) => socket.Bind(local);

                    public static void ConnectTo(Socket socket, string host, int port) => socket.Connect(host, port);

                    public static Socket BoundTo(IPEndPoint local)
                    {
                        var socket = new Socket(local.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                        socket.Bind(local);
                        return socket;
                    }

                    public static Socket BoundDatagram(IPEndPoint local)
                    {
                        var socket = new Socket(local.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
                        socket.Bind(local);
                        return socket;
                    }

                    public static Socket Unbound() => new Socket(SocketType.Stream, ProtocolType.Tcp);
                }
            }
            """;

        [Fact]
        public void Library_ItsBindingAndConnectingHelpers_AndNotTheirLookAlikes()
        {
            using var library = CompiledLibrary.Create("Shared", SharedLibrary);

            var methods = LibrarySocketMethods.Read(AssemblyFolder.ReadOne(library.Path), CancellationToken.None);

            Assert.Equal(new[] { "M:Shared.SocketExtensions.BindToLocal(System.Net.Sockets.Socket,System.Net.IPAddress)" }, methods.Binding);
            Assert.Equal(new[] { "M:Shared.SocketExtensions.ConnectTo(System.Net.Sockets.Socket,System.String,System.Int32)" }, methods.Connecting);
            Assert.Equal(new[] { "M:Shared.SocketExtensions.BoundTo(System.Net.IPEndPoint)~System.Net.Sockets.Socket" }, methods.BoundFactories);
        }

        [Fact]
        public async Task Command_WritesTheOptions_AndExitsOneWhenItListsAMethod()
        {
            using var library = CompiledLibrary.Create("Shared", SharedLibrary);
            var file = Path.Combine(library.Folder, "bindnoport.globalconfig");

            var run = await AuditRunner.RunAsync("globalconfig", library.Path, "-o", file);

            Assert.True(run.ExitCode == ExitCodes.Found, run.Output + run.Error);
            var text = File.ReadAllText(file);
            Assert.Contains("is_global = true", text);
            Assert.Contains("dotnet_code_quality.socket_binding_methods = M:Shared.SocketExtensions.BindToLocal(System.Net.Sockets.Socket,System.Net.IPAddress)", text);
            Assert.Contains("dotnet_code_quality.socket_connecting_methods = M:Shared.SocketExtensions.ConnectTo(System.Net.Sockets.Socket,System.String,System.Int32)", text);
            Assert.Contains("dotnet_code_quality.bound_socket_factories = M:Shared.SocketExtensions.BoundTo(System.Net.IPEndPoint)~System.Net.Sockets.Socket", text);
            Assert.Contains("1 binding, 1 connecting and 1 bound-socket factory method(s)", run.Output);
        }

        [Fact]
        public async Task Command_OnALibraryWithoutSockets_WritesTheFileAndExitsZero()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);
            var file = Path.Combine(library.Folder, "bindnoport.globalconfig");

            var run = await AuditRunner.RunAsync("globalconfig", library.Path, "-o", file);

            Assert.True(run.ExitCode == ExitCodes.NothingFound, run.Output + run.Error);
            Assert.DoesNotContain("dotnet_code_quality", File.ReadAllText(file));
        }

        [Fact]
        public async Task Command_OnAMissingPath_IsBadInput()
        {
            var run = await AuditRunner.RunAsync("globalconfig", Path.Combine(Path.GetTempPath(), "no-such-project", "Service.csproj"));

            run.AssertBadInput("does not exist");
        }
    }
}
