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
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.BindBeforeConnect);

        internal override IEnumerable<FixOffer> GetOffers(FixingDocument document, Diagnostic diagnostic)
        {
            var bind = TargetNodes.Find<InvocationExpressionSyntax>(document.NodeAt(diagnostic.Location));
            return bind is null ? Enumerable.Empty<FixOffer>() : BindFixes.ForBind(document, bind, diagnostic);
        }
    }
}
