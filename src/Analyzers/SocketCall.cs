namespace BindNoPort.Analyzers
{
    /// <summary>What a call of a framework or runtime-helper method means to the rules.</summary>
    internal enum SocketCall
    {
        /// <summary>Nothing the rules know.</summary>
        None,

        /// <summary>Socket.Bind.</summary>
        Bind,

        /// <summary>Connect, ConnectAsync or BeginConnect of Socket, TcpClient or SocketTaskExtensions.</summary>
        Connect,

        /// <summary>Listen, Accept, AcceptAsync or BeginAccept: the socket is a server's.</summary>
        Server,

        /// <summary>Socket.SetRawSocketOption.</summary>
        SetRawSocketOption,

        /// <summary>Socket.SetSocketOption.</summary>
        SetSocketOption,

        /// <summary>BindNoPort.PortDeferral.DeferPortToConnect.</summary>
        DeferPortToConnect,

        /// <summary>BindNoPort.PortDeferral.BindForConnect.</summary>
        BindForConnect,

        /// <summary>BindNoPort.BoundTcpClient.Create.</summary>
        BoundTcpClientCreate,

        /// <summary>A method of another assembly the configuration lists as returning a TCP socket or TcpClient bound to the endpoint it is given.</summary>
        ListedBoundSocketFactory,

        /// <summary>TaskFactory.FromAsync, which calls the Begin method it is given at once.</summary>
        FromAsync,
    }
}
