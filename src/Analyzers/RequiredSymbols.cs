using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BindNoPort.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// Every type and member the rules care about, resolved once per compilation into symbol sets; nothing is matched
    /// by name later. The names of those members are also what the text prefilter looks for.
    /// </summary>
    internal sealed class RequiredSymbols
    {
        private readonly ImmutableDictionary<IMethodSymbol, SocketCall> _calls;

        private RequiredSymbols(Compilation compilation, INamedTypeSymbol socket, ConfiguredSocketMethods configured)
        {
            Compilation = compilation;
            Socket = socket;
            TcpClient = compilation.GetTypeByMetadataName("System.Net.Sockets.TcpClient");
            IPEndPoint = compilation.GetTypeByMetadataName("System.Net.IPEndPoint");
            EndPoint = compilation.GetTypeByMetadataName("System.Net.EndPoint");
            IPAddress = compilation.GetTypeByMetadataName("System.Net.IPAddress");
            SocketOptionLevel = compilation.GetTypeByMetadataName("System.Net.Sockets.SocketOptionLevel");
            SocketOptionName = compilation.GetTypeByMetadataName("System.Net.Sockets.SocketOptionName");
            OperatingSystem = compilation.GetTypeByMetadataName("System.OperatingSystem");
            RuntimeInformation = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.RuntimeInformation");
            OSPlatform = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.OSPlatform");
            SupportedOSPlatformAttribute = compilation.GetTypeByMetadataName("System.Runtime.Versioning.SupportedOSPlatformAttribute");
            TaskOfResult = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
            ValueTaskOfResult = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
            TcpClientSocket = TcpClient?.GetMembers("Client").OfType<IPropertySymbol>().FirstOrDefault(property => !property.IsStatic);
            ReuseUnicastPortValue = SocketOptionName?.GetMembers("ReuseUnicastPort").OfType<IFieldSymbol>().FirstOrDefault()?.ConstantValue as int?;
            TcpClientBindingConstructor = TcpClient?.InstanceConstructors.FirstOrDefault(constructor =>
                constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, IPEndPoint));

            var calls = ImmutableDictionary.CreateBuilder<IMethodSymbol, SocketCall>(SymbolEqualityComparer.Default);
            Add(calls, Socket, SocketCall.Bind, "Bind");
            Add(calls, Socket, SocketCall.Connect, "Connect", "ConnectAsync", "BeginConnect");
            Add(calls, Socket, SocketCall.Server, "Listen", "Accept", "AcceptAsync", "BeginAccept");
            Add(calls, Socket, SocketCall.SetSocketOption, "SetSocketOption");
            Add(calls, Socket, SocketCall.SetRawSocketOption, "SetRawSocketOption");
            Add(calls, TcpClient, SocketCall.Connect, "Connect", "ConnectAsync", "BeginConnect");
            var extensions = compilation.GetTypeByMetadataName("System.Net.Sockets.SocketTaskExtensions");
            Add(calls, extensions, SocketCall.Connect, "ConnectAsync");
            Add(calls, extensions, SocketCall.Server, "AcceptAsync");
            var portDeferral = compilation.GetTypeByMetadataName("BindNoPort.PortDeferral");
            Add(calls, portDeferral, SocketCall.BindForConnect, "BindForConnect");
            Add(calls, portDeferral, SocketCall.DeferPortToConnect, "DeferPortToConnect");
            Add(calls, compilation.GetTypeByMetadataName("BindNoPort.BoundTcpClient"), SocketCall.BoundTcpClientCreate, "Create");
            Add(calls, compilation.GetTypeByMetadataName("System.Threading.Tasks.TaskFactory"), SocketCall.FromAsync, "FromAsync");
            Add(calls, compilation.GetTypeByMetadataName("System.Threading.Tasks.TaskFactory`1"), SocketCall.FromAsync, "FromAsync");
            foreach (var method in configured.Connecting)
            {
                calls[method] = SocketCall.Connect;
            }

            foreach (var method in configured.Binding)
            {
                calls[method] = SocketCall.Bind;
            }

            foreach (var method in configured.BoundFactories)
            {
                calls[method] = SocketCall.ListedBoundSocketFactory;
            }

            _calls = calls.ToImmutable();
            ConfiguredBinds = configured.Binding.ToImmutableHashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

            // The framework's socket members, and the types whose constructors make sockets; FromAsync alone says nothing of sockets.
            MentionNames = _calls.Where(pair => pair.Value != SocketCall.FromAsync)
                .Select(pair => pair.Value == SocketCall.BoundTcpClientCreate ? pair.Key.ContainingType.Name : pair.Key.Name)
                .Concat(new[] { Socket.Name, TcpClient?.Name })
                .OfType<string>()
                .Distinct()
                .OrderBy(name => name, System.StringComparer.Ordinal)
                .ToImmutableArray();
            BindNames = new[] { "Bind", "BindForConnect", TcpClient?.Name }.OfType<string>()
                .Concat(configured.Binding.Concat(configured.BoundFactories).Select(method => method.Name))
                .Distinct()
                .ToImmutableArray();
        }

        /// <summary>The compilation the symbols come from.</summary>
        public Compilation Compilation { get; }

        /// <summary>System.Net.Sockets.Socket; the rules need nothing else to start.</summary>
        public INamedTypeSymbol Socket { get; }

        public INamedTypeSymbol? TcpClient { get; }

        /// <summary>TcpClient.Client: the socket a TcpClient wraps.</summary>
        public IPropertySymbol? TcpClientSocket { get; }

        /// <summary>new TcpClient(IPEndPoint), which binds.</summary>
        public IMethodSymbol? TcpClientBindingConstructor { get; }

        public INamedTypeSymbol? IPEndPoint { get; }

        public INamedTypeSymbol? IPAddress { get; }

        /// <summary>System.Net.EndPoint, what a configured binding method's endpoint argument derives from.</summary>
        public INamedTypeSymbol? EndPoint { get; }

        /// <summary>The methods of other assemblies the configuration lists as binding (<see cref="ConfiguredSocketMethods"/>).</summary>
        public ImmutableHashSet<IMethodSymbol> ConfiguredBinds { get; }

        public INamedTypeSymbol? SocketOptionLevel { get; }

        public INamedTypeSymbol? SocketOptionName { get; }

        /// <summary>SocketOptionName.ReuseUnicastPort's value, when the framework has it.</summary>
        public int? ReuseUnicastPortValue { get; }

        public INamedTypeSymbol? OperatingSystem { get; }

        public INamedTypeSymbol? RuntimeInformation { get; }

        public INamedTypeSymbol? OSPlatform { get; }

        public INamedTypeSymbol? SupportedOSPlatformAttribute { get; }

        public INamedTypeSymbol? TaskOfResult { get; }

        public INamedTypeSymbol? ValueTaskOfResult { get; }

        /// <summary>The names of every member above, as the text prefilter looks for them: whole identifiers.</summary>
        public ImmutableArray<string> MentionNames { get; }

        /// <summary>The names a method that binds must mention: Bind, BindForConnect, TcpClient, the configured binding methods.</summary>
        public ImmutableArray<string> BindNames { get; }

        /// <summary>Resolves the symbols; null when the compilation has no Socket type, so nothing can match.</summary>
        public static RequiredSymbols? TryCreate(Compilation compilation, ConfiguredSocketMethods? configured = null)
        {
            var socket = compilation.GetTypeByMetadataName("System.Net.Sockets.Socket");
            return socket is null ? null : new RequiredSymbols(compilation, socket, configured ?? ConfiguredSocketMethods.None);
        }

        /// <summary>
        /// The socket a socket call acts on: the receiver when it is a Socket or TcpClient, else the first argument that
        /// is (SocketTaskExtensions.ConnectAsync, a configured method given the socket).
        /// </summary>
        public IOperation? SocketOperandOf(IInvocationOperation invocation) =>
            invocation.Instance is IOperation instance && IsTrackedType(instance.Type)
                ? instance
                : invocation.Arguments.OrderBy(argument => argument.Parameter?.Ordinal ?? int.MaxValue).Select(argument => argument.Value).FirstOrDefault(value => IsTrackedType(Unwrapped(value).Type));

        /// <summary>The endpoint a bind call binds to: Bind's argument, or a configured method's first endpoint argument.</summary>
        public IOperation? BoundEndPointOf(IInvocationOperation invocation) =>
            invocation.Arguments.OrderBy(argument => argument.Parameter?.Ordinal ?? int.MaxValue)
                .Where(argument => IsEndPoint(argument.Parameter?.Type))
                .Select(argument => argument.Value)
                .FirstOrDefault();

        private bool IsEndPoint(ITypeSymbol? type) => DerivesFrom(type, EndPoint);

        private static IOperation Unwrapped(IOperation value) => value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : value;

        /// <summary>What calling <paramref name="method"/> means.</summary>
        public SocketCall CallOf(IMethodSymbol method) =>
            _calls.TryGetValue((method.ReducedFrom ?? method).OriginalDefinition, out var call) ? call : SocketCall.None;

        /// <summary>The name of the framework method that makes <paramref name="call"/>, for a text prefilter; null when the framework has none.</summary>
        public string? NameOf(SocketCall call) => _calls.Where(pair => pair.Value == call).Select(pair => pair.Key.Name).FirstOrDefault();

        /// <summary>Whether the type is Socket or TcpClient, the two types whose values are tracked.</summary>
        public bool IsTrackedType(ITypeSymbol? type) => IsSocket(type) || IsTcpClient(type);

        /// <summary>What a method returns once awaited: T of an async method's Task&lt;T&gt; or ValueTask&lt;T&gt;, else its return type.</summary>
        public ITypeSymbol ResultOf(IMethodSymbol method) =>
            method.IsAsync && method.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } task
            && (SymbolEqualityComparer.Default.Equals(task.OriginalDefinition, TaskOfResult) || SymbolEqualityComparer.Default.Equals(task.OriginalDefinition, ValueTaskOfResult))
                ? task.TypeArguments[0]
                : method.ReturnType;

        public bool IsTcpClient(ITypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type, TcpClient);

        /// <summary>Whether the type is Socket or derives from it: Socket's members are not virtual, so a subclass binds and connects as Socket does.</summary>
        public bool IsSocket(ITypeSymbol? type) => DerivesFrom(type, Socket);

        private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            for (var current = type; current is not null && baseType is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsInCompilation(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, Compilation.Assembly);

        private static void Add(ImmutableDictionary<IMethodSymbol, SocketCall>.Builder calls, INamedTypeSymbol? type, SocketCall call, params string[] names)
        {
            if (type is null)
            {
                return;
            }

            foreach (var name in names)
            {
                foreach (var method in type.GetMembers(name).OfType<IMethodSymbol>())
                {
                    calls[method.OriginalDefinition] = call;
                }
            }
        }
    }
}
