using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// What every BNP diagnostic carries in <see cref="Diagnostic.Properties"/> and <see cref="Diagnostic.AdditionalLocations"/>,
    /// written by the analyzers and read by the code fixes through this class alone, so no fix re-derives a fact from syntax.
    /// </summary>
    /// <remarks>
    /// BNP001, BNP002, BNP005: SocketExpression, BindForm, BindsWildcardWithPortZero, LocalEndPoint, ConnectTarget,
    /// and LocalPort on BNP005; where a helper binds (BindForm HelperBindsArgument, HelperReturnsBoundSocket,
    /// HelperBindsMember), the first additional location is the bind inside it and InnerBindForm says what stands there.
    /// BNP004: SocketExpression and BindForm of the bind it follows, which is its first additional location.
    /// BNP003: Option.
    /// </remarks>
    internal static class DiagnosticContract
    {
        /// <summary>The source text naming the socket: the Bind receiver, the TcpClient variable, the helper's argument.</summary>
        public const string SocketExpression = "SocketExpression";

        /// <summary>How the socket was bound, a <see cref="Analyzers.BindForm"/> name.</summary>
        public const string BindForm = "BindForm";

        /// <summary>For a helper's bind: the <see cref="Analyzers.BindForm"/> of the bind inside it, at the first additional location.</summary>
        public const string InnerBindForm = "InnerBindForm";

        /// <summary>"true" when the local endpoint is IPAddress.Any or IPAddress.IPv6Any with port 0, so the Bind does nothing a Connect would not.</summary>
        public const string BindsWildcardWithPortZero = "BindsWildcardWithPortZero";

        /// <summary>The local endpoint expression's source text.</summary>
        public const string LocalEndPoint = "LocalEndPoint";

        /// <summary>The destination of the connect, as written.</summary>
        public const string ConnectTarget = "ConnectTarget";

        /// <summary>BNP005: the constant local port.</summary>
        public const string LocalPort = "LocalPort";

        /// <summary>BNP003: which option the call asked for, <see cref="IpBindAddressNoPort"/> or <see cref="ReuseUnicastPort"/>.</summary>
        public const string Option = "Option";

        /// <summary><see cref="Option"/>: IP_BIND_ADDRESS_NO_PORT asked for as (SocketOptionName)24 at level IP.</summary>
        public const string IpBindAddressNoPort = "IpBindAddressNoPort";

        /// <summary><see cref="Option"/>: SocketOptionName.ReuseUnicastPort outside a Windows guard.</summary>
        public const string ReuseUnicastPort = "ReuseUnicastPort";

        public static BindForm? BindFormOf(Diagnostic diagnostic) => Read(diagnostic, BindForm);

        public static BindForm? InnerBindFormOf(Diagnostic diagnostic) => Read(diagnostic, InnerBindForm);

        public static bool IsWildcardWithPortZero(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(BindsWildcardWithPortZero, out var value) && value == "true";

        /// <summary>The socket as written at the diagnostic's bind.</summary>
        public static string? SocketExpressionOf(Diagnostic diagnostic) => diagnostic.Properties.TryGetValue(SocketExpression, out var value) ? value : null;

        /// <summary>The local endpoint as written where the diagnostic is, or inside the helper when the call passes none.</summary>
        public static string? LocalEndPointOf(Diagnostic diagnostic) => diagnostic.Properties.TryGetValue(LocalEndPoint, out var value) ? value : null;

        /// <summary>
        /// The expression under <paramref name="node"/> written as <paramref name="text"/> (the <see cref="SocketExpression"/>
        /// or <see cref="LocalEndPoint"/> a diagnostic carries); null when none is.
        /// </summary>
        public static ExpressionSyntax? ExpressionWritten(SyntaxNode node, string? text) =>
            text is null ? null : node.DescendantNodesAndSelf().OfType<ExpressionSyntax>().FirstOrDefault(expression => expression.ToString() == text);

        public static string? OptionOf(Diagnostic diagnostic) => diagnostic.Properties.TryGetValue(Option, out var value) ? value : null;

        /// <summary>For a helper's bind: where the bind inside the helper is.</summary>
        public static Location? InnerBindLocation(Diagnostic diagnostic) =>
            InnerBindFormOf(diagnostic) is not null && diagnostic.AdditionalLocations.Count > 0 ? diagnostic.AdditionalLocations[0] : null;

        internal static ImmutableDictionary<string, string?> ForBind(string socketText, BindForm form, BindForm? innerForm, string? localEndPoint, bool wildcardWithPortZero, string connectTarget, int? localPort)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[SocketExpression] = socketText;
            properties[BindForm] = form.ToString();
            properties[ConnectTarget] = connectTarget;
            properties[LocalEndPoint] = localEndPoint;
            properties[BindsWildcardWithPortZero] = wildcardWithPortZero ? "true" : "false";
            if (innerForm is BindForm inner)
            {
                properties[InnerBindForm] = inner.ToString();
            }

            if (localPort is int port)
            {
                properties[LocalPort] = port.ToString(CultureInfo.InvariantCulture);
            }

            return properties.ToImmutable();
        }

        internal static ImmutableDictionary<string, string?> ForOptionAfterBind(string socketText, BindForm boundBy) =>
            ImmutableDictionary<string, string?>.Empty.Add(SocketExpression, socketText).Add(BindForm, boundBy.ToString());

        internal static ImmutableDictionary<string, string?> ForOption(string option) => ImmutableDictionary<string, string?>.Empty.Add(Option, option);

        private static BindForm? Read(Diagnostic diagnostic, string key) =>
            diagnostic.Properties.TryGetValue(key, out var text) && System.Enum.TryParse<BindForm>(text, out var form) ? form : null;
    }
}
