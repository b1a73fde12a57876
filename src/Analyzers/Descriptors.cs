using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers
{
    /// <summary>All diagnostic descriptors of the package, together, each named after its ID and linked to its doc page.</summary>
    public static class Descriptors
    {
        /// <summary>Where the rule docs are published; each descriptor links to docs/rules/ID.md below it.</summary>
        public const string HelpLinkBase = ProjectLinks.HelpLinkBase;

        /// <summary>The category every rule of the package reports under.</summary>
        public const string Category = "Reliability";

        /// <summary>BNP001.</summary>
        public static readonly DiagnosticDescriptor BNP001BindBeforeConnect = Create(
            RuleIdentifiers.BindBeforeConnect,
            "Bind before connect reserves an ephemeral port",
            "'{0}' is bound to {2} before it connects to {1}: port 0 reserves an ephemeral port for every destination; set IP_BIND_ADDRESS_NO_PORT before Bind",
            DiagnosticSeverity.Warning,
            "Binding a TCP client socket to port 0 without IP_BIND_ADDRESS_NO_PORT makes Linux reserve an ephemeral port at bind time, exclusively, whatever the destination. The host then runs out of ports at the size of ip_local_port_range instead of ports x destinations.");

        /// <summary>BNP002.</summary>
        public static readonly DiagnosticDescriptor BNP002TcpClientBindBeforeConnect = Create(
            RuleIdentifiers.TcpClientBindBeforeConnect,
            "TcpClient bound to a local endpoint reserves an ephemeral port",
            "'{0}' is bound to a local endpoint before it connects to {1}: the port is reserved for every destination; create the TcpClient unbound and set IP_BIND_ADDRESS_NO_PORT before Bind",
            DiagnosticSeverity.Warning,
            "new TcpClient(IPEndPoint) binds in the constructor, so the ephemeral port is reserved at once, exclusively, before Connect. The same holds for TcpClient.Client.Bind followed by Connect.");

        /// <summary>BNP003.</summary>
        public static readonly DiagnosticDescriptor BNP003OptionSetTheWrongWay = Create(
            RuleIdentifiers.OptionSetTheWrongWay,
            "Port deferral option set in a way that fails on Linux",
            "{0} throws \"Operation not supported\" on Linux; set IP_BIND_ADDRESS_NO_PORT there with SetRawSocketOption(0, 24, ...)",
            DiagnosticSeverity.Warning,
            "Socket.SetSocketOption maps only the option names .NET knows; IP_BIND_ADDRESS_NO_PORT (24) and SocketOptionName.ReuseUnicastPort throw on Linux. SetRawSocketOption passes the option to the kernel unchanged.");

        /// <summary>BNP004.</summary>
        public static readonly DiagnosticDescriptor BNP004OptionSetAfterBind = Create(
            RuleIdentifiers.OptionSetAfterBind,
            "Port deferral option set after Bind has no effect",
            "IP_BIND_ADDRESS_NO_PORT is set on '{0}' after Bind: the port is already reserved; set it before Bind",
            DiagnosticSeverity.Warning,
            "The kernel reads IP_BIND_ADDRESS_NO_PORT when bind() runs. Set after bind(), it changes nothing: the ephemeral port is already reserved.");

        /// <summary>BNP005.</summary>
        public static readonly DiagnosticDescriptor BNP005ExplicitLocalPortBeforeConnect = Create(
            RuleIdentifiers.ExplicitLocalPortBeforeConnect,
            "Explicit local port bound before connect",
            "'{0}' is bound to an explicit local port before it connects to {1}: that port is held for every destination",
            DiagnosticSeverity.Info,
            "A client bound to a fixed local port holds it for every destination, and IP_BIND_ADDRESS_NO_PORT does not apply to a non-zero port. Bind to port 0 with the option, or set SO_REUSEADDR when the fixed port is required.");

        /// <summary>BNP006.</summary>
        public static readonly DiagnosticDescriptor BNP006BindIPEndPointDelegate = Create(
            RuleIdentifiers.BindIPEndPointDelegate,
            "BindIPEndPointDelegate binds every connection before it connects",
            "{0} can return {1} as the BindIPEndPointDelegate: HttpWebRequest, and on .NET Framework SmtpClient and FtpWebRequest, bind each connection to it before connecting, without IP_BIND_ADDRESS_NO_PORT, so the port is reserved for every destination; for HTTP, use HttpClient with SocketsHttpHandler.UseLocalAddress from BindNoPort.Runtime",
            DiagnosticSeverity.Warning,
            "HttpWebRequest on .NET, and every ServicePoint client on .NET Framework, calls ServicePoint.BindIPEndPointDelegate for each new connection and binds the socket to the endpoint it returns before connecting. The delegate never sees the socket, so it cannot set IP_BIND_ADDRESS_NO_PORT, and port 0 makes Linux reserve an ephemeral port at bind time for every destination. SocketsHttpHandler.UseLocalAddress from BindNoPort.Runtime sends from the same address with the port chosen at connect.");

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                Category,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinkBase + id + ".md");
        }
    }
}
