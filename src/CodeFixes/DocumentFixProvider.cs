using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// A code fix provider whose single fix and Fix All run the same edit: every diagnostic of a
    /// document is fixed on one syntax editor, so edits that share a using directive or a block
    /// never conflict the way merged text changes can.
    /// </summary>
    public abstract class DocumentFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider()
        {
            return FixAllProvider.Create(async (fixAll, document, diagnostics) =>
                await FixDocumentAsync(document, diagnostics, fixAll.CodeActionEquivalenceKey, fixAll.CancellationToken).ConfigureAwait(false));
        }

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var fixing = await FixingDocument.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var offer in GetOffers(fixing, diagnostic))
                {
                    var key = offer.EquivalenceKey;
                    var document = context.Document;
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            offer.Title,
                            cancellationToken => FixDocumentAsync(document, ImmutableArray.Create(diagnostic), key, cancellationToken),
                            key),
                        diagnostic);
                }
            }
        }

        /// <summary>The fixes that apply to <paramref name="diagnostic"/>, the preferred one first; none when no fix is safe.</summary>
        /// <param name="document">The document, its semantic model, and the editor the offers apply to.</param>
        /// <param name="diagnostic">The diagnostic to fix.</param>
        /// <returns>The fixes on offer.</returns>
        internal abstract IEnumerable<FixOffer> GetOffers(FixingDocument document, Diagnostic diagnostic);

        private async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            var fixing = await FixingDocument.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var applied = false;
            // One edit per reported span: a Bind reported once per Connect it precedes is still fixed once.
            var distinct = diagnostics
                .GroupBy(d => (d.Id, d.Location.SourceSpan))
                .Select(group => group.First())
                .OrderBy(d => d.Location.SourceSpan.Start);
            foreach (var diagnostic in distinct)
            {
                var offer = GetOffers(fixing, diagnostic).FirstOrDefault(o => equivalenceKey is null || o.EquivalenceKey == equivalenceKey);
                if (offer is not null)
                {
                    offer.Apply();
                    applied = true;
                }
            }

            return applied ? await fixing.GetChangedDocumentAsync(cancellationToken).ConfigureAwait(false) : document;
        }
    }
}
