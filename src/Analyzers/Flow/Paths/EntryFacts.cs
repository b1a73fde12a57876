namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// What a graph knows of a socket before it touches it. A method analyzed for its own diagnostics knows its
    /// type's member sockets from the rest of the type; a helper summarized for its callers knows nothing, since
    /// the caller supplies those facts when it applies the summary.
    /// </summary>
    internal abstract class EntryFacts
    {
        public static readonly EntryFacts Nothing = new NothingKnown();

        public abstract SocketFacts Of(SocketKey key);

        private sealed class NothingKnown : EntryFacts
        {
            private static readonly SocketFacts Unknown = SocketFacts.Fresh(SocketKind.Unknown, deferred: false, SocketOrigin.Entry);

            public override SocketFacts Of(SocketKey key) => Unknown;
        }
    }
}
