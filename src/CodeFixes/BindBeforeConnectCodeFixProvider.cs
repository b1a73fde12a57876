using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.CodeFixes
{
    /// <summary>BNP001: sets IP_BIND_ADDRESS_NO_PORT before the Bind (BindForConnect, or the option inline), or removes a wildcard Bind to port 0.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BindBeforeConnectCodeFixProvider))]
    [Shared]
    public sealed class BindBeforeConnectCodeFixProvider : DocumentFixProvider
    {
        private const string SocketBind = "SocketBind";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.BindBeforeConnect);

        internal override IEnumerable<FixOffer> GetOffers(FixingDocument document, Diagnostic diagnostic)
        {
            // Only a Bind written here is fixed; a bind inside a helper method (the other BindForm values) is left alone.
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.BindForm, out var bindForm) || bindForm != SocketBind
                || TargetNodes.Find<InvocationExpressionSyntax>(document.NodeAt(diagnostic.Location)) is not { } bind)
            {
                return Enumerable.Empty<FixOffer>();
            }

            return BindFixes.ForBind(document, bind, diagnostic);
        }
    }
}
