using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What one operation does to one socket. Events depend on nothing but the graph, so they are read once per graph.</summary>
    internal sealed class SocketEvent
    {
        private SocketEvent(SocketEventKind kind, SocketKey? key, IOperation operation)
        {
            Kind = kind;
            Key = key;
            Operation = operation;
        }

        public SocketEventKind Kind { get; }

        /// <summary>The socket; null for <see cref="SocketEventKind.EscapeMembers"/>.</summary>
        public SocketKey? Key { get; private set; }

        /// <summary>The operation the event comes from, in this graph.</summary>
        public IOperation Operation { get; }

        /// <summary>Copy: the key whose facts are copied.</summary>
        public SocketKey? Source { get; private set; }

        /// <summary>Create: what was created.</summary>
        public SocketKind CreatedKind { get; private set; }

        /// <summary>Bind: the bind.</summary>
        public BindSite? Site { get; private set; }

        /// <summary>Defer: the source text naming the socket; Connect: the destination as written.</summary>
        public string? Text { get; private set; }

        /// <summary>Defer: the option itself was set here, so setting it after Bind is BNP004's defect.</summary>
        public bool IsOptionCall { get; private set; }

        /// <summary>Connect: the call of the helper this connect happens in; its own binds were paired there when it knew the socket.</summary>
        public IOperation? InsideCallOf { get; private set; }

        public static SocketEvent Create(SocketKey key, SocketKind kind, IOperation operation) =>
            new SocketEvent(SocketEventKind.Create, key, operation) { CreatedKind = kind };

        /// <summary>A call that may or may not have put a new socket in the key: the facts of both join.</summary>
        public static SocketEvent MayCreate(SocketKey key, SocketKind kind, IOperation operation) =>
            new SocketEvent(SocketEventKind.MayCreate, key, operation) { CreatedKind = kind };

        public static SocketEvent Forget(SocketKey key, IOperation operation) => new SocketEvent(SocketEventKind.Forget, key, operation);

        public static SocketEvent Copy(SocketKey target, SocketKey source, IOperation operation) =>
            new SocketEvent(SocketEventKind.Copy, target, operation) { Source = source };

        public static SocketEvent Bind(SocketKey key, BindSite site) => new SocketEvent(SocketEventKind.Bind, key, site.Operation) { Site = site };

        public static SocketEvent Defer(SocketKey key, IOperation operation, string socketText, bool isOptionCall) =>
            new SocketEvent(SocketEventKind.Defer, key, operation) { Text = socketText, IsOptionCall = isOptionCall };

        public static SocketEvent Connect(SocketKey key, IOperation operation, string target, IOperation? insideCallOf = null) =>
            new SocketEvent(SocketEventKind.Connect, key, operation) { Text = target, InsideCallOf = insideCallOf };

        public static SocketEvent Listen(SocketKey key, IOperation operation) => new SocketEvent(SocketEventKind.Listen, key, operation);

        public static SocketEvent WrongWay(SocketKey key, IOperation operation) => new SocketEvent(SocketEventKind.WrongWay, key, operation);

        public static SocketEvent Escape(SocketKey key, IOperation operation) => new SocketEvent(SocketEventKind.Escape, key, operation);

        public static SocketEvent EscapeMembers(IOperation operation) => new SocketEvent(SocketEventKind.EscapeMembers, null, operation);
    }
}
