using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers
{
    /// <summary>The types the socket rules look for, resolved once per compilation.</summary>
    internal sealed class RequiredSymbols
    {
        private RequiredSymbols(Compilation compilation, INamedTypeSymbol socket)
        {
            Compilation = compilation;
            Socket = socket;
            TcpClient = compilation.GetTypeByMetadataName("System.Net.Sockets.TcpClient");
            SocketTaskExtensions = compilation.GetTypeByMetadataName("System.Net.Sockets.SocketTaskExtensions");
            IPEndPoint = compilation.GetTypeByMetadataName("System.Net.IPEndPoint");
            IPAddress = compilation.GetTypeByMetadataName("System.Net.IPAddress");
            OperatingSystem = compilation.GetTypeByMetadataName("System.OperatingSystem");
            RuntimeInformation = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.RuntimeInformation");
            OSPlatform = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.OSPlatform");
            PortDeferral = compilation.GetTypeByMetadataName("BindNoPort.PortDeferral");
            BoundTcpClient = compilation.GetTypeByMetadataName("BindNoPort.BoundTcpClient");
            TcpClientSocket = FindProperty(TcpClient, "Client");
        }

        /// <summary>The compilation the symbols come from.</summary>
        public Compilation Compilation { get; }

        /// <summary>System.Net.Sockets.Socket; the rules need nothing else to start.</summary>
        public INamedTypeSymbol Socket { get; }

        /// <summary>System.Net.Sockets.SocketTaskExtensions: ConnectAsync and AcceptAsync as netstandard2.0 code calls them.</summary>
        public INamedTypeSymbol? SocketTaskExtensions { get; }

        /// <summary>System.Net.Sockets.TcpClient.</summary>
        public INamedTypeSymbol? TcpClient { get; }

        /// <summary>TcpClient.Client: the socket a TcpClient wraps.</summary>
        public IPropertySymbol? TcpClientSocket { get; }

        /// <summary>System.Net.IPEndPoint.</summary>
        public INamedTypeSymbol? IPEndPoint { get; }

        /// <summary>System.Net.IPAddress.</summary>
        public INamedTypeSymbol? IPAddress { get; }

        /// <summary>System.OperatingSystem (IsLinux guards).</summary>
        public INamedTypeSymbol? OperatingSystem { get; }

        /// <summary>System.Runtime.InteropServices.RuntimeInformation (IsOSPlatform guards).</summary>
        public INamedTypeSymbol? RuntimeInformation { get; }

        /// <summary>System.Runtime.InteropServices.OSPlatform.</summary>
        public INamedTypeSymbol? OSPlatform { get; }

        /// <summary>BindNoPort.PortDeferral, when the runtime helper is referenced.</summary>
        public INamedTypeSymbol? PortDeferral { get; }

        /// <summary>BindNoPort.BoundTcpClient, when the runtime helper is referenced.</summary>
        public INamedTypeSymbol? BoundTcpClient { get; }

        /// <summary>Resolves the symbols; null when the compilation has no Socket type, so nothing can match.</summary>
        public static RequiredSymbols? TryCreate(Compilation compilation)
        {
            var socket = compilation.GetTypeByMetadataName("System.Net.Sockets.Socket");
            return socket is null ? null : new RequiredSymbols(compilation, socket);
        }

        /// <summary>Whether the type is Socket or TcpClient, the two types whose values are tracked.</summary>
        public bool IsTrackedType(ITypeSymbol? type)
        {
            return type is not null
                && (SymbolEqualityComparer.Default.Equals(type, Socket) || SymbolEqualityComparer.Default.Equals(type, TcpClient));
        }

        /// <summary>Whether the type is TcpClient.</summary>
        public bool IsTcpClient(ITypeSymbol? type)
        {
            return type is not null && SymbolEqualityComparer.Default.Equals(type, TcpClient);
        }

        private static IPropertySymbol? FindProperty(INamedTypeSymbol? type, string name)
        {
            if (type is null)
            {
                return null;
            }

            foreach (var member in type.GetMembers(name))
            {
                if (member is IPropertySymbol property && !property.IsStatic)
                {
                    return property;
                }
            }

            return null;
        }
    }
}
