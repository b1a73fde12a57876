namespace BindNoPort.Analyzers
{
    /// <summary>How a socket came to be bound: the analyzer writes it into the BindForm property, the code fixes read it.</summary>
    public enum BindForm
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

        /// <summary>A method of the same compilation that binds a socket its object holds: a helper of this type, or a wrapper's Bind.</summary>
        HelperBindsMember,

        /// <summary>
        /// A method of another assembly that the configuration lists as binding the socket it is called on or given
        /// (<c>dotnet_code_quality.socket_binding_methods</c>): the option goes before the call.
        /// </summary>
        ListedMethodBinds,

        /// <summary>PortDeferral.BindForConnect or BoundTcpClient.Create: already fixed.</summary>
        Deferred,
    }
}
