using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BindNoPort.RoslynHost;

/// <summary>
/// Every code action each provider registers for each diagnostic it fixes, applied one at a time to
/// the unfixed document as an IDE applies the one a user picks, then the project compiled and analysed again.
/// </summary>
internal static class FixApplier
{
    public static async Task<IReadOnlyList<AppliedFix>> ApplyEachAsync(Document document, ImmutableArray<CodeFixProvider> providers, ImmutableArray<Diagnostic> diagnostics)
    {
        var applied = new List<AppliedFix>();
        foreach (var provider in providers)
        {
            foreach (var diagnostic in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)))
            {
                foreach (var action in await RegisteredActionsAsync(provider, document, diagnostic).ConfigureAwait(false))
                {
                    applied.Add(await ApplyAsync(provider, document, diagnostic, action).ConfigureAwait(false));
                }
            }
        }

        return applied;
    }

    private static async Task<List<CodeAction>> RegisteredActionsAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions;
    }

    private static async Task<AppliedFix> ApplyAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
        var changedSolution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var fixedDocument = changedSolution.GetDocument(document.Id)!;
        bool changed = !(await fixedDocument.GetTextAsync().ConfigureAwait(false)).ContentEquals(await document.GetTextAsync().ConfigureAwait(false));
        var errors = await ClientProject.ErrorsAsync(fixedDocument).ConfigureAwait(false);
        var remaining = await ClientProject.AnalyzerDiagnosticsAsync(fixedDocument).ConfigureAwait(false);
        return new AppliedFix(
            provider.GetType().FullName!,
            diagnostic.Id,
            diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1,
            action.Title,
            action.EquivalenceKey,
            changed,
            errors.Select(error => error.ToString()).ToArray(),
            remaining.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray());
    }
}
