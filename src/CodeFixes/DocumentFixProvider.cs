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
    /// never conflict the way merged text changes can. A fix that calls the project's port-deferral
    /// helper writes it into its document when the project does not have it yet.
    /// </summary>
    public abstract class DocumentFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() => new ProjectFixAllProvider(this);

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var fixing = await FixingDocument.CreateAsync(context.Document, preferHelper: false, helperHost: null, context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                foreach (var offer in GetOffers(fixing, diagnostic))
                {
                    var key = offer.EquivalenceKey;
                    var document = context.Document;
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            offer.Title,
                            cancellationToken => FixAsync(document, ImmutableArray.Create(diagnostic), key, cancellationToken),
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

        /// <summary>
        /// Records on one editor the fix with <paramref name="equivalenceKey"/> of each diagnostic; the document it
        /// returns says how many sites got the option and whether they call the helper.
        /// </summary>
        internal async Task<FixingDocument> RecordFixesAsync(
            Document document, IEnumerable<Diagnostic> diagnostics, string? equivalenceKey, bool preferHelper, Document? helperHost, CancellationToken cancellationToken)
        {
            var fixing = await FixingDocument.CreateAsync(document, preferHelper, helperHost, cancellationToken).ConfigureAwait(false);
            // One edit per reported span: a Bind reported once per Connect it precedes is still fixed once.
            var distinct = diagnostics
                .GroupBy(d => (d.Id, d.Location.SourceSpan))
                .Select(group => group.First())
                .OrderBy(d => d.Location.SourceSpan.Start);
            foreach (var diagnostic in distinct)
            {
                GetOffers(fixing, diagnostic).FirstOrDefault(o => equivalenceKey is null || o.EquivalenceKey == equivalenceKey)?.Apply();
            }

            return fixing;
        }

        private async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
        {
            var fixing = await RecordFixesAsync(document, diagnostics, equivalenceKey, preferHelper: false, helperHost: null, cancellationToken).ConfigureAwait(false);
            if (fixing.NeedsHelper && !fixing.Helper!.Exists)
            {
                fixing.AddHelper();
            }

            return await fixing.GetChangedDocumentAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
