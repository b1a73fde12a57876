using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What the creation of a socket says about it.</summary>
    internal enum SocketKind
    {
        /// <summary>Creation not seen, or not conclusive: the rules stay silent.</summary>
        Unknown,

        /// <summary>An IPv4, IPv6 or dual-mode TCP stream socket.</summary>
        Tcp,

        /// <summary>UDP, raw, Unix-domain and other sockets the option cannot help (K6).</summary>
        NotTcp,
    }

    /// <summary>How the socket came to be bound; the code fixes read it as the BindForm property.</summary>
    internal enum BindForm
    {
        /// <summary>socket.Bind(endPoint).</summary>
        SocketBind,

        /// <summary>new TcpClient(IPEndPoint), which binds in the constructor.</summary>
        TcpClientConstructor,

        /// <summary>tcpClient.Client.Bind(endPoint).</summary>
        TcpClientSocketBind,

        /// <summary>A method of the same compilation that binds the socket passed to it.</summary>
        HelperBindsArgument,

        /// <summary>A method of the same compilation that returns a bound socket.</summary>
        HelperReturnsBoundSocket,

        /// <summary>PortDeferral.BindForConnect or BoundTcpClient.Create: already fixed.</summary>
        Deferred,
    }

    /// <summary>What is known of the local port a socket is bound to.</summary>
    internal enum LocalPort
    {
        /// <summary>The constant 0: an ephemeral port.</summary>
        Zero,

        /// <summary>Not a constant: possibly 0.</summary>
        Unknown,

        /// <summary>A constant other than 0.</summary>
        NonZero,
    }

    /// <summary>One bind of a socket, as seen where it happens.</summary>
    internal sealed class BindFact
    {
        public BindFact(IOperation operation, BindForm form, EndPointFacts endPoint, bool unsafeBind, string socketText, Location? helperBindLocation, bool throughTcpClient)
        {
            ThroughTcpClient = throughTcpClient;
            Operation = operation;
            Form = form;
            EndPoint = endPoint;
            Unsafe = unsafeBind;
            SocketText = socketText;
            HelperBindLocation = helperBindLocation;
        }

        /// <summary>The Bind call, the TcpClient creation or the helper call: where the diagnostic goes.</summary>
        public IOperation Operation { get; }

        public BindForm Form { get; }

        public EndPointFacts EndPoint { get; }

        /// <summary>Whether IP_BIND_ADDRESS_NO_PORT was possibly missing when the socket was bound.</summary>
        public bool Unsafe { get; }

        /// <summary>The source text naming the socket, for the message and the code fixes.</summary>
        public string SocketText { get; }

        /// <summary>For a helper, the Bind inside it.</summary>
        public Location? HelperBindLocation { get; }

        /// <summary>Whether the bound socket is a TcpClient's (BNP002 rather than BNP001).</summary>
        public bool ThroughTcpClient { get; }

        public BindFact WithUnsafe(bool unsafeBind)
        {
            return unsafeBind == Unsafe ? this : new BindFact(Operation, Form, EndPoint, unsafeBind, SocketText, HelperBindLocation, ThroughTcpClient);
        }

        public bool SameAs(BindFact other) => ReferenceEquals(Operation, other.Operation) && Unsafe == other.Unsafe;
    }

    /// <summary>The local endpoint of a bind.</summary>
    internal sealed class EndPointFacts
    {
        public static readonly EndPointFacts Unknown = new EndPointFacts(LocalPort.Unknown, 0, isWildcard: false, text: null);

        public EndPointFacts(LocalPort port, int portValue, bool isWildcard, string? text)
        {
            Port = port;
            PortValue = portValue;
            IsWildcard = isWildcard;
            Text = text;
        }

        public LocalPort Port { get; }

        /// <summary>The constant port when <see cref="Port"/> is NonZero.</summary>
        public int PortValue { get; }

        /// <summary>IPAddress.Any or IPAddress.IPv6Any.</summary>
        public bool IsWildcard { get; }

        /// <summary>The endpoint expression's source text.</summary>
        public string? Text { get; }
    }

    /// <summary>What one path knows of one socket at one point.</summary>
    internal sealed class SocketFacts
    {
        public SocketFacts(SocketKind kind, bool deferred, ImmutableArray<BindFact> binds)
        {
            Kind = kind;
            Deferred = deferred;
            Binds = binds;
        }

        public SocketKind Kind { get; }

        /// <summary>Must: the port is deferred (option set, or a non-Linux path, or handed to code we cannot see) on every path.</summary>
        public bool Deferred { get; }

        /// <summary>May: the binds the socket went through on some path.</summary>
        public ImmutableArray<BindFact> Binds { get; }

        public static SocketFacts Fresh(SocketKind kind, bool deferred) => new SocketFacts(kind, deferred, ImmutableArray<BindFact>.Empty);

        public SocketFacts WithDeferred() => Deferred ? this : new SocketFacts(Kind, true, Binds);

        public SocketFacts WithBind(BindFact bind)
        {
            var binds = Binds;
            for (var i = 0; i < binds.Length; i++)
            {
                if (ReferenceEquals(binds[i].Operation, bind.Operation))
                {
                    return new SocketFacts(Kind, Deferred, binds.SetItem(i, binds[i].WithUnsafe(binds[i].Unsafe || bind.Unsafe)));
                }
            }

            return new SocketFacts(Kind, Deferred, binds.Add(bind));
        }

        public SocketFacts Join(SocketFacts other)
        {
            var result = new SocketFacts(Kind == other.Kind ? Kind : SocketKind.Unknown, Deferred && other.Deferred, Binds);
            foreach (var bind in other.Binds)
            {
                result = result.WithBind(bind);
            }

            return result;
        }

        public bool SameAs(SocketFacts other)
        {
            if (Kind != other.Kind || Deferred != other.Deferred || Binds.Length != other.Binds.Length)
            {
                return false;
            }

            foreach (var bind in Binds)
            {
                var found = false;
                foreach (var otherBind in other.Binds)
                {
                    if (bind.SameAs(otherBind))
                    {
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
