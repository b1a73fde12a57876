namespace BindNoPort.Analyzers
{
    /// <summary>
    /// The keys of Diagnostic.Properties the rules emit, so the code fixes read what the analyzer
    /// found instead of re-deriving it.
    /// </summary>
    internal static class DiagnosticPropertyNames
    {
        /// <summary>BNP001, BNP002, BNP004, BNP005: the source text naming the socket (the Bind receiver, the TcpClient variable, the argument of a helper).</summary>
        public const string SocketExpression = "SocketExpression";

        /// <summary>BNP001, BNP002, BNP005: how the socket was bound, a <c>BindForm</c> name: SocketBind, TcpClientConstructor, TcpClientSocketBind, HelperBindsArgument, HelperReturnsBoundSocket.</summary>
        public const string BindForm = "BindForm";

        /// <summary>BNP001, BNP002: "true" when the local endpoint is IPAddress.Any or IPAddress.IPv6Any with port 0, so the Bind does nothing a Connect would not; else "false".</summary>
        public const string BindsWildcardWithPortZero = "BindsWildcardWithPortZero";

        /// <summary>BNP001, BNP002, BNP005: the local endpoint expression's source text.</summary>
        public const string LocalEndPoint = "LocalEndPoint";

        /// <summary>BNP001, BNP002, BNP005: the destination of the connect, as written.</summary>
        public const string ConnectTarget = "ConnectTarget";

        /// <summary>BNP005: the constant local port.</summary>
        public const string LocalPort = "LocalPort";
    }
}
