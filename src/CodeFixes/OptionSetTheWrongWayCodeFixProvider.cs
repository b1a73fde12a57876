using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// BNP003: <c>SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, value)</c> becomes
    /// <c>SetRawSocketOption(0, 24, bytes of value)</c>; an unguarded ReuseUnicastPort call is kept for Windows
    /// and joined by option 24 for Linux.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OptionSetTheWrongWayCodeFixProvider))]
    public sealed class OptionSetTheWrongWayCodeFixProvider : DocumentFixProvider
    {
        // SetSocketOption(optionLevel, optionName, optionValue): the value is the third parameter of every overload.
        private const int ValueParameterOrdinal = 2;

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.OptionSetTheWrongWay);

        internal override IEnumerable<FixOffer> GetOffers(FixingDocument document, Diagnostic diagnostic)
        {
            if (!document.Capabilities.HasSetRawSocketOption
                || TargetNodes.Find<InvocationExpressionSyntax>(document.NodeAt(diagnostic.Location)) is not { } invocation
                || document.SemanticModel.GetOperation(invocation) is not IInvocationOperation operation
                || operation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == ValueParameterOrdinal) is not { Syntax: ArgumentSyntax valueArgument } value
                || FixSyntax.OptionBytes(valueArgument.Expression, value.Parameter?.Type) is not { } optionBytes
                || DiagnosticContract.OptionOf(diagnostic) is not { } option)
            {
                yield break;
            }

            // The call as it stands, socket?.SetSocketOption(...) included, and the same call setting the option the raw way.
            var call = invocation.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == invocation ? (ExpressionSyntax)access : invocation;
            if (VoidCallPlacement.Of(call) is not { } placement || document.Capabilities.PlatformCheck == PlatformCheck.None)
            {
                yield break;
            }

            var setRaw = SyntaxFactory.ExpressionStatement(call.ReplaceNode(invocation, FixSyntax.SetRawNoPortOption(invocation, optionBytes)).WithoutTrivia());
            if (option == DiagnosticContract.IpBindAddressNoPort)
            {
                // The project's helper takes the socket itself, so a socket?.SetSocketOption(...) keeps the inline form.
                var socket = call == invocation ? BindFixes.Receiver(invocation) : null;
                yield return new FixOffer(
                    "Set IP_BIND_ADDRESS_NO_PORT with SetRawSocketOption(0, 24, ...) on Linux",
                    EquivalenceKeys.UseRawSocketOption,
                    () =>
                    {
                        if (document.CallsHelper && socket is not null)
                        {
                            placement.Replace(document.Editor, TurnsOn(valueArgument.Expression)
                                ? document.Helper!.DeferPortToConnectStatement(socket)
                                : document.Helper!.SetPortDeferralStatement(socket, optionBytes));
                            document.CalledHelper();
                            return;
                        }

                        placement.Replace(document.Editor, document.Syntax.OnLinux(setRaw));
                        document.ImportFrameworkNamespaces();
                        if (socket is not null)
                        {
                            document.WroteOptionBlock();
                        }
                    });
            }
            else if (option == DiagnosticContract.ReuseUnicastPort)
            {
                yield return new FixOffer(
                    "Keep ReuseUnicastPort for Windows, set IP_BIND_ADDRESS_NO_PORT with SetRawSocketOption(0, 24, ...) on Linux",
                    EquivalenceKeys.UseRawSocketOption,
                    () =>
                    {
                        var windowsCall = call.Parent as StatementSyntax ?? SyntaxFactory.ExpressionStatement(call.WithoutTrivia());
                        placement.Replace(document.Editor, document.Syntax.SetPortDeferralPerPlatform(windowsCall, setRaw));
                        document.ImportFrameworkNamespaces();
                    });
            }
        }

        // true or 1: the call turns the option on, which the helper's DeferPortToConnect does.
        private static bool TurnsOn(ExpressionSyntax value) =>
            value.IsKind(SyntaxKind.TrueLiteralExpression) || value is LiteralExpressionSyntax { Token.Value: 1 };
    }
}
