using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The option set on a socket that may already be bound: BNP004.</summary>
    internal sealed class OptionAfterBind
    {
        public OptionAfterBind(SocketKey key, IOperation option, ImmutableArray<BindFact> binds, string socketText)
        {
            Key = key;
            Option = option;
            Binds = binds;
            SocketText = socketText;
        }

        public SocketKey Key { get; }

        public IOperation Option { get; }

        /// <summary>The binds the socket may have gone through before; the first is the diagnostic's additional location.</summary>
        public ImmutableArray<BindFact> Binds { get; }

        public string SocketText { get; }
    }
}
