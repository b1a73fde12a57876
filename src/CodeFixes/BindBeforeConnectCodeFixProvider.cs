using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// BNP001: sets IP_BIND_ADDRESS_NO_PORT before the Bind (BindForConnect, or the option inline), or removes a
    /// wildcard Bind to port 0; a Bind inside a helper of the same document is fixed there, and a library method listed
    /// as binding gets the option before its call.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BindBeforeConnectCodeFixProvider))]
    public sealed class BindBeforeConnectCodeFixProvider : DocumentFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.BindBeforeConnect);

        internal override IEnumerable<FixOffer> GetOffers(FixingDocument document, Diagnostic diagnostic)
        {
            // A library's method listed as binding stays; the option goes before it, on the socket it is given.
            if (DiagnosticContract.BindFormOf(diagnostic) == BindForm.ListedMethodBinds)
            {
                return TargetNodes.Find<InvocationExpressionSyntax>(document.NodeAt(diagnostic.Location)) is { } call
                    && DiagnosticContract.ExpressionWritten(call, DiagnosticContract.SocketExpressionOf(diagnostic)) is { } socket
                    ? BindFixes.ForBind(document, call, diagnostic, socket)
                    : Enumerable.Empty<FixOffer>();
            }

            // A helper that binds is fixed inside, at its Bind, which fixes every caller; when it is in this document.
            var bindLocation = DiagnosticContract.BindFormOf(diagnostic) switch
            {
                BindForm.SocketBind => diagnostic.Location,
                _ when DiagnosticContract.InnerBindFormOf(diagnostic) == BindForm.SocketBind
                    && DiagnosticContract.InnerBindLocation(diagnostic) is { } inner
                    && inner.SourceTree == document.Root.SyntaxTree => inner,
                _ => null,
            };
            if (bindLocation is null || TargetNodes.Find<InvocationExpressionSyntax>(document.NodeAt(bindLocation)) is not { } bind)
            {
                return Enumerable.Empty<FixOffer>();
            }

            return BindFixes.ForBind(document, bind, diagnostic);
        }
    }
}
