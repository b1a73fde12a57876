using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Turns a verdict into its diagnostic, with the properties the code fixes read (<see cref="DiagnosticContract"/>).</summary>
    internal static class BindDiagnostics
    {
        /// <summary>BNP001, BNP002 or BNP005 on the bind; null when the bind is already fixed or was safe.</summary>
        public static Diagnostic? ForConnection(BindFact bind, string target)
        {
            if (bind.Form == BindForm.Deferred)
            {
                return null;
            }

            DiagnosticDescriptor descriptor;
            if (bind.EndPoint.IsExplicitPort)
            {
                // K4: the option does not apply to an explicit port, deferred or not.
                descriptor = Descriptors.BNP005ExplicitLocalPortBeforeConnect;
            }
            else if (bind.Unsafe)
            {
                descriptor = bind.Site.ThroughTcpClient ? Descriptors.BNP002TcpClientBindBeforeConnect : Descriptors.BNP001BindBeforeConnect;
            }
            else
            {
                return null;
            }

            var inner = bind.Site.Inner;
            var properties = DiagnosticContract.ForBind(
                bind.Site.SocketText,
                bind.Form,
                inner?.Form,
                bind.EndPoint.Text,
                inner is null && bind.EndPoint.IsWildcard && bind.EndPoint.Port == LocalPort.Zero,
                target,
                bind.EndPoint.Port == LocalPort.NonZero ? bind.EndPoint.PortValue : null);
            return Diagnostic.Create(
                descriptor,
                LocationOf(bind.Operation),
                inner is null ? null : new[] { inner.Location },
                properties,
                bind.Site.SocketText,
                target,
                PortPhrase(bind.EndPoint));
        }

        // BNP001 says what is known of the port: 0, or a value that may be 0 and where it comes from.
        private static string PortPhrase(EndPointFacts endPoint) => endPoint switch
        {
            { Port: LocalPort.Zero } => "port 0",
            { PortSource: string source } => "a port that may be 0, from " + source,
            _ => "a port that may be 0",
        };

        /// <summary>BNP004 on the option call, with the Bind it follows as the additional location.</summary>
        public static Diagnostic ForOptionAfterBind(OptionAfterBind found)
        {
            var bind = found.Binds[0];
            return Diagnostic.Create(
                Descriptors.BNP004OptionSetAfterBind,
                LocationOf(found.Option),
                new[] { LocationOf(bind.Operation) },
                DiagnosticContract.ForOptionAfterBind(found.SocketText, bind.Form),
                found.SocketText);
        }

        /// <summary>The call's location; for socket?.Bind(...) the whole conditional access, so the span names the socket.</summary>
        public static Location LocationOf(IOperation operation)
        {
            var node = operation.Syntax;
            while (node.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == node)
            {
                node = access;
            }

            return node.GetLocation();
        }
    }
}
