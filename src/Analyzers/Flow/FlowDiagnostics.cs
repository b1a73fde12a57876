using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Turns what the flow found into diagnostics, with the properties the code fixes read.</summary>
    internal static class FlowDiagnostics
    {
        /// <summary>BNP001, BNP002 or BNP005 on the bind; null when the bind is already fixed or was safe.</summary>
        public static Diagnostic? ForConnection(BindFact bind, IOperation connect)
        {
            if (bind.Form == BindForm.Deferred)
            {
                return null;
            }

            DiagnosticDescriptor descriptor;
            if (bind.EndPoint.Port == LocalPort.NonZero)
            {
                // K4: the option does not apply to an explicit port, deferred or not.
                descriptor = Descriptors.BNP005ExplicitLocalPortBeforeConnect;
            }
            else if (bind.Unsafe)
            {
                descriptor = bind.ThroughTcpClient ? Descriptors.BNP002TcpClientBindBeforeConnect : Descriptors.BNP001BindBeforeConnect;
            }
            else
            {
                return null;
            }

            var target = connect is IInvocationOperation invocation ? SocketCalls.ConnectTarget(invocation) : connect.Syntax.ToString();
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.SocketExpression] = bind.SocketText;
            properties[DiagnosticPropertyNames.BindForm] = bind.Form.ToString();
            properties[DiagnosticPropertyNames.ConnectTarget] = target;
            properties[DiagnosticPropertyNames.LocalEndPoint] = bind.EndPoint.Text;
            properties[DiagnosticPropertyNames.BindsWildcardWithPortZero] =
                bind.Form != BindForm.HelperBindsArgument && bind.Form != BindForm.HelperReturnsBoundSocket
                && bind.EndPoint.IsWildcard && bind.EndPoint.Port == LocalPort.Zero ? "true" : "false";
            if (bind.EndPoint.Port == LocalPort.NonZero)
            {
                properties[DiagnosticPropertyNames.LocalPort] = bind.EndPoint.PortValue.ToString(CultureInfo.InvariantCulture);
            }

            return Diagnostic.Create(
                descriptor,
                LocationOf(bind.Operation),
                bind.HelperBindLocation is null ? null : new[] { bind.HelperBindLocation },
                properties.ToImmutable(),
                bind.SocketText,
                target);
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

        /// <summary>BNP004 on the option call, with the Bind it follows as the additional location.</summary>
        public static Diagnostic ForOptionAfterBind(OptionAfterBind found)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.SocketExpression, found.SocketText);
            return Diagnostic.Create(
                Descriptors.BNP004OptionSetAfterBind,
                LocationOf(found.Option),
                new[] { LocationOf(found.Bind.Operation) },
                properties,
                found.SocketText);
        }
    }
}
