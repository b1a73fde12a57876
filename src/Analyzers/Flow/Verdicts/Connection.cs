using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>A bound TCP socket that then connects.</summary>
    internal sealed class Connection
    {
        public Connection(SocketKey key, BindFact bind, IOperation connect, string target, IOperation? insideCallOf)
        {
            Key = key;
            Bind = bind;
            Connect = connect;
            Target = target;
            InsideCallOf = insideCallOf;
        }

        /// <summary>The socket, as this graph names it.</summary>
        public SocketKey Key { get; }

        public BindFact Bind { get; }

        public IOperation Connect { get; }

        /// <summary>The destination as written, for the message.</summary>
        public string Target { get; }

        /// <summary>The call of the helper the connect happens in; null for a connect written here.</summary>
        public IOperation? InsideCallOf { get; }
    }
}
