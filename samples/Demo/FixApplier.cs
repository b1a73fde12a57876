using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace BindNoPort.Samples.Demo
{
    /// <summary>
    /// Applies each code fix through its Fix All provider, as an IDE's "fix all in solution" or
    /// dotnet format does, round after round until no fixable diagnostic is left.
    /// </summary>
    internal sealed class FixApplier
    {
        // Each round fixes every diagnostic one provider's action covers; a few rounds cover
        // providers that offer different actions for different shapes.
        private const int MaximumRounds = 8;

        private readonly ImmutableArray<CodeFixProvider> providers;
        private readonly Analysis analysis;

        public FixApplier(ImmutableArray<CodeFixProvider> providers, Analysis analysis)
        {
            this.providers = providers;
            this.analysis = analysis;
        }

        public async Task<Solution> FixAllAsync(Solution solution)
        {
            for (int round = 0; round < MaximumRounds; round++)
            {
                Solution before = solution;
                foreach (CodeFixProvider provider in providers)
                {
                    solution = await ApplyAsync(provider, solution).ConfigureAwait(false);
                }

                if (solution == before)
                {
                    return solution;
                }
            }

            throw new InvalidOperationException($"Fixes still change the code after {MaximumRounds} rounds.");
        }

        private async Task<Solution> ApplyAsync(CodeFixProvider provider, Solution solution)
        {
            ImmutableArray<string> fixableIds = provider.FixableDiagnosticIds;
            foreach (Project project in solution.Projects)
            {
                List<Diagnostic> fixable = (await analysis.GetAllDiagnosticsAsync(project, CancellationToken.None).ConfigureAwait(false))
                    .Where(d => fixableIds.Contains(d.Id))
                    .ToList();
                if (fixable.Count == 0)
                {
                    continue;
                }

                Diagnostic first = fixable[0];
                Document document = solution.GetDocument(first.Location.SourceTree)!;
                CodeAction? offered = await FirstActionAsync(provider, document, first).ConfigureAwait(false);
                if (offered is null)
                {
                    continue;
                }

                FixAllProvider? fixAllProvider = provider.GetFixAllProvider();
                CodeAction? action = offered;
                string how = "one fix";
                if (fixAllProvider is not null && fixAllProvider.GetSupportedFixAllScopes().Contains(FixAllScope.Solution))
                {
                    var context = new FixAllContext(
                        document,
                        provider,
                        FixAllScope.Solution,
                        offered.EquivalenceKey,
                        fixable.Select(d => d.Id).Distinct(),
                        analysis,
                        CancellationToken.None);
                    action = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false);
                    how = "Fix All in solution";
                }

                if (action is null)
                {
                    continue;
                }

                string ids = string.Join(", ", fixable.Select(d => d.Id).Distinct());
                Console.WriteLine($"{provider.GetType().Name} ({how}, {ids}): \"{offered.Title}\" over {fixable.Count} {(fixable.Count == 1 ? "diagnostic" : "diagnostics")}");
                ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
                solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            }

            return solution;
        }

        private static async Task<CodeAction?> FirstActionAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(
                document,
                diagnostic,
                (action, _) => actions.Add(action),
                CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            return actions.FirstOrDefault();
        }
    }
}
