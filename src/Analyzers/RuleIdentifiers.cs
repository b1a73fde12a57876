namespace BindNoPort.Analyzers
{
    /// <summary>Every rule ID the package reports, in one place.</summary>
    public static class RuleIdentifiers
    {
        /// <summary>A TCP socket is bound to an ephemeral port, then connected.</summary>
        public const string BindBeforeConnect = "BNP001";

        /// <summary>A TcpClient is bound (by its IPEndPoint constructor or through Client.Bind), then connected.</summary>
        public const string TcpClientBindBeforeConnect = "BNP002";

        /// <summary>IP_BIND_ADDRESS_NO_PORT or SO_REUSE_UNICASTPORT set in a way that fails on Linux.</summary>
        public const string OptionSetTheWrongWay = "BNP003";

        /// <summary>The option is set after Bind, where it has no effect.</summary>
        public const string OptionSetAfterBind = "BNP004";

        /// <summary>An explicit non-zero local port is bound before connect.</summary>
        public const string ExplicitLocalPortBeforeConnect = "BNP005";

        /// <summary>A ServicePoint.BindIPEndPointDelegate can return port 0 or an unknown port: HttpWebRequest binds to it before it connects.</summary>
        public const string BindIPEndPointDelegate = "BNP006";
    }
}
