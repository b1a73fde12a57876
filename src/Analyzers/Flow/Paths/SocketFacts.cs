using System.Collections.Immutable;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What one path knows of one socket at one point.</summary>
    internal sealed class SocketFacts
    {
        public SocketFacts(SocketKind kind, bool deferred, ImmutableArray<BindFact> binds, SocketOrigin origin)
        {
            Kind = kind;
            Deferred = deferred;
            Binds = binds;
            Origin = origin;
        }

        /// <summary>What the socket the key now holds was created as.</summary>
        public SocketKind Kind { get; }

        /// <summary>Must: the port is deferred (option set, a non-Linux path, or handed to code that may set it) on every path.</summary>
        public bool Deferred { get; }

        /// <summary>May: the binds the socket went through on some path.</summary>
        public ImmutableArray<BindFact> Binds { get; }

        public SocketOrigin Origin { get; }

        public static SocketFacts Fresh(SocketKind kind, bool deferred, SocketOrigin origin) => new SocketFacts(kind, deferred, ImmutableArray<BindFact>.Empty, origin);

        public SocketFacts WithDeferred() => Deferred ? this : new SocketFacts(Kind, true, Binds, Origin);

        public SocketFacts WithBind(BindFact bind)
        {
            var binds = Binds;
            for (var i = 0; i < binds.Length; i++)
            {
                if (ReferenceEquals(binds[i].Site, bind.Site))
                {
                    var merged = binds[i].WithUnsafe(binds[i].Unsafe || bind.Unsafe);
                    return ReferenceEquals(merged, binds[i]) ? this : new SocketFacts(Kind, Deferred, binds.SetItem(i, merged), Origin);
                }
            }

            return new SocketFacts(Kind, Deferred, binds.Add(bind), Origin);
        }

        public SocketFacts Join(SocketFacts other)
        {
            var origin = Origin == other.Origin ? Origin : SocketOrigin.Mixed;
            var result = new SocketFacts(Kind == other.Kind ? Kind : SocketKind.Unknown, Deferred && other.Deferred, Binds, origin);
            foreach (var bind in other.Binds)
            {
                result = result.WithBind(bind);
            }

            return result;
        }

        public bool SameAs(SocketFacts other)
        {
            if (Kind != other.Kind || Deferred != other.Deferred || Origin != other.Origin || Binds.Length != other.Binds.Length)
            {
                return false;
            }

            foreach (var bind in Binds)
            {
                if (!Contains(other.Binds, bind))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Contains(ImmutableArray<BindFact> binds, BindFact bind)
        {
            foreach (var candidate in binds)
            {
                if (candidate.SameAs(bind))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
