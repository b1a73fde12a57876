namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Whether the socket a key holds is the one it held when the graph was entered, or one the graph made.</summary>
    internal enum SocketOrigin
    {
        /// <summary>The socket the key held on entry: a caller's argument, a member set elsewhere.</summary>
        Entry,

        /// <summary>A socket created in this graph, on every path.</summary>
        Created,

        /// <summary>Created on some paths only.</summary>
        Mixed,
    }
}
