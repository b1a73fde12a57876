using System.Collections.Immutable;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// What the members of a type, and of the base types it inherits the member from, do to a socket held in a field or
    /// property, read without flow: how it is created, whether the option is set on it or it is handed on where it is not
    /// bound, whether it listens, and where it connects.
    /// </summary>
    internal sealed class MemberFacts
    {
        public static readonly MemberFacts Unknown = new MemberFacts(SocketKind.Unknown, deferred: true, listened: false, ImmutableArray<ConnectRecord>.Empty);

        public MemberFacts(SocketKind kind, bool deferred, bool listened, ImmutableArray<ConnectRecord> connects)
        {
            Kind = kind;
            Deferred = deferred;
            Listened = listened;
            Connects = connects;
        }

        /// <summary>Tcp when every value any member gives it is a TCP socket; Unknown when one is not known or none is seen.</summary>
        public SocketKind Kind { get; }

        /// <summary>Some member sets the option on it, or hands it to other code, without binding it there.</summary>
        public bool Deferred { get; }

        /// <summary>Some member listens or accepts on it: a server's socket.</summary>
        public bool Listened { get; }

        /// <summary>The connects of members that do not make the socket anew before connecting it.</summary>
        public ImmutableArray<ConnectRecord> Connects { get; }
    }
}
