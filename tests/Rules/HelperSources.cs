using System;
using System.Linq;
using BindNoPort.Analyzers;

namespace BindNoPort.Tests.Rules
{
    /// <summary>
    /// The port-deferral helper the fixes write into a project without BindNoPort.Runtime, as a test expects it: at the
    /// end of the first fixed file, in that file's namespace, with <c>using System;</c> added where the file lacks it.
    /// </summary>
    internal static class HelperSources
    {
        public const string Class = $$"""
            /// <summary>
            /// Binds client sockets with IP_BIND_ADDRESS_NO_PORT set first: Linux then picks the local port at Connect and
            /// shares it across destinations, instead of reserving it at Bind for every destination ({{Descriptors.HelpLinkBase}}BNP001.md).
            /// </summary>
            internal static class SocketPortDeferral
            {
                // IP_BIND_ADDRESS_NO_PORT (linux/in.h), an option of the IP level; .NET names neither.
                private const int IpProtocolLevel = 0;
                private const int IpBindAddressNoPort = 24;

                /// <summary>Sets IP_BIND_ADDRESS_NO_PORT on Linux, where it exists; call it before Bind.</summary>
                internal static void DeferPortToConnect(Socket socket) => SetPortDeferral(socket, BitConverter.GetBytes(1));

                /// <summary>Sets IP_BIND_ADDRESS_NO_PORT to <paramref name="value"/> (1 on, 0 off) on Linux, where it exists; elsewhere nothing.</summary>
                internal static void SetPortDeferral(Socket socket, byte[] value)
                {
                    if (OperatingSystem.IsLinux())
                    {
                        socket.SetRawSocketOption(IpProtocolLevel, IpBindAddressNoPort, value);
                    }
                }

                /// <summary>In place of <c>new TcpClient(localEndPoint)</c>: the client bound to <paramref name="localEndPoint"/> with its port deferred to Connect.</summary>
                internal static TcpClient CreateBoundTcpClient(IPEndPoint localEndPoint)
                {
                    var client = new TcpClient(localEndPoint.AddressFamily);
                    DeferPortToConnect(client.Client);
                    client.Client.Bind(localEndPoint);
                    return client;
                }
            }
            """;

        /// <summary>A file in the global namespace with the helper after its last type.</summary>
        public static string AppendedTo(string source) => WithUsingSystem(source) + "\n\n" + Class;

        /// <summary>A file whose one namespace block ends it, with the helper as the namespace's last member.</summary>
        public static string AppendedInNamespace(string source)
        {
            var withUsing = WithUsingSystem(source);
            var end = withUsing.LastIndexOf('}');
            var indented = string.Join("\n", Class.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));
            return withUsing.Substring(0, end) + "\n" + indented + "\n}";
        }

        private static string WithUsingSystem(string source) =>
            source.Contains("using System;\n", StringComparison.Ordinal) ? source : "using System;\n" + source;
    }
}
