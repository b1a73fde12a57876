using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// Fix All in a document, a project or the solution, project by project: where a project's fixes would write the
    /// option block at more than one site, every site calls the project's one helper instead, written once, into the
    /// first file that gets a site.
    /// </summary>
    internal sealed class ProjectFixAllProvider : FixAllProvider
    {
        private readonly DocumentFixProvider provider;

        public ProjectFixAllProvider(DocumentFixProvider provider)
        {
            this.provider = provider;
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
            Task.FromResult<CodeAction?>(CodeAction.Create(
                "Fix all " + string.Join(", ", fixAllContext.DiagnosticIds.OrderBy(id => id, System.StringComparer.Ordinal)),
                cancellationToken => FixAsync(fixAllContext, cancellationToken),
                fixAllContext.CodeActionEquivalenceKey));

        private async Task<Solution> FixAsync(FixAllContext context, CancellationToken cancellationToken)
        {
            var solution = context.Solution;
            foreach (var project in Documents(context).GroupBy(document => document.Project.Id))
            {
                var found = new List<(Document Document, IEnumerable<Diagnostic> Diagnostics)>();
                foreach (var document in project)
                {
                    found.Add((document, await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)));
                }

                // A first pass counts the sites the option would be written at; the first file with one hosts the helper.
                var sites = 0;
                Document? host = null;
                foreach (var (document, diagnostics) in found)
                {
                    var counted = (await provider.RecordFixesAsync(document, diagnostics, context.CodeActionEquivalenceKey, preferHelper: false, helperHost: null, cancellationToken).ConfigureAwait(false)).OptionSites;
                    host ??= counted > 0 ? document : null;
                    sites += counted;
                }

                foreach (var (document, diagnostics) in found)
                {
                    var fixing = await provider.RecordFixesAsync(document, diagnostics, context.CodeActionEquivalenceKey, preferHelper: sites > 1, host, cancellationToken).ConfigureAwait(false);
                    if (document == host && fixing.NeedsHelper && !fixing.Helper!.Exists)
                    {
                        fixing.AddHelper();
                    }

                    var changed = await fixing.GetChangedDocumentAsync(cancellationToken).ConfigureAwait(false);
                    solution = solution.WithDocumentSyntaxRoot(document.Id, (await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!);
                }
            }

            return solution;
        }

        private static IEnumerable<Document> Documents(FixAllContext context) => context.Scope switch
        {
            FixAllScope.Document when context.Document is not null => new[] { context.Document },
            FixAllScope.Project => context.Project.Documents,
            FixAllScope.Solution => context.Solution.Projects.SelectMany(project => project.Documents),
            _ => Enumerable.Empty<Document>(),
        };
    }
}
