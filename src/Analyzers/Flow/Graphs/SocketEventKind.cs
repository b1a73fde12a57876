namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The kinds of <see cref="SocketEvent"/>.</summary>
    internal enum SocketEventKind
    {
        /// <summary>The key now holds a new socket.</summary>
        Create,

        /// <summary>The key holds a new socket on some paths through the callee, and its old one on others.</summary>
        MayCreate,

        /// <summary>The key now holds a value that is not tracked.</summary>
        Forget,

        /// <summary>The key now holds the socket another key holds (a flow capture taken apart).</summary>
        Copy,

        /// <summary>The socket is bound.</summary>
        Bind,

        /// <summary>The option is set, or the socket went where the option may be set.</summary>
        Defer,

        /// <summary>The socket connects.</summary>
        Connect,

        /// <summary>The socket listens or accepts: a server, whatever else the graph does with it.</summary>
        Listen,

        /// <summary>SetSocketOption(IP, (SocketOptionName)24): BNP003's to report, so the binds of this socket are not.</summary>
        WrongWay,

        /// <summary>The socket was handed to code that is not seen: it may set the option.</summary>
        Escape,

        /// <summary>Code of this object that is not seen ran: it may set the option on any member socket.</summary>
        EscapeMembers,
    }
}
