using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace BindNoPort.Tests.Verifiers
{
    /// <summary>
    /// Checks a code fix the way the IDE and dotnet format apply it: one diagnostic at a time
    /// until none remain, then Fix All in document, project and solution scope; each result must
    /// equal the fixed source, compile, and hold only the diagnostics its markup expects.
    /// </summary>
    public static class Verify<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static Task AnalyzerAsync(string markup, TestOptions? options = null) =>
            Verify<TAnalyzer>.AnalyzerAsync(markup, options);

        public static Task CodeFixAsync(string markup, string fixedSource, string? equivalenceKey = null, TestOptions? options = null) =>
            CodeFixAsync(new[] { markup }, new[] { fixedSource }, equivalenceKey, options);

        public static async Task CodeFixAsync(string[] markupSources, string[] fixedSources, string? equivalenceKey = null, TestOptions? options = null)
        {
            options ??= TestOptions.Default;
            var analyzer = new TAnalyzer();
            var fixer = new TCodeFix();
            var (project, expected) = Verify<TAnalyzer>.Parse(markupSources, analyzer, options);
            Verify<TAnalyzer>.AssertMatch(expected, await TestProject.DiagnosticsAsync(project, analyzer).ConfigureAwait(false));

            var (fixedProject, expectedAfterFix) = Verify<TAnalyzer>.Parse(fixedSources, analyzer, options);
            var fixedTexts = TestProject.Documents(fixedProject).Select(d => d.GetTextAsync().Result.ToString()).ToArray();

            var fixedOneByOne = await FixOneAtATimeAsync(project, analyzer, fixer, equivalenceKey).ConfigureAwait(false);
            await AssertFixedAsync("one fix at a time", fixedOneByOne, fixedTexts, expectedAfterFix, analyzer).ConfigureAwait(false);

            var fixAllProvider = fixer.GetFixAllProvider()
                ?? throw new XunitException($"{typeof(TCodeFix).Name} has no FixAllProvider: Fix All and dotnet format cannot apply it.");
            foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
            {
                if (!fixAllProvider.GetSupportedFixAllScopes().Contains(scope))
                {
                    throw new XunitException($"{typeof(TCodeFix).Name}'s FixAllProvider does not support {scope}.");
                }

                var fixedAll = await FixAllAsync(project, analyzer, fixer, fixAllProvider, scope, equivalenceKey).ConfigureAwait(false);
                await AssertFixedAsync("Fix All in " + scope, fixedAll, fixedTexts, expectedAfterFix, analyzer).ConfigureAwait(false);
            }
        }

        /// <summary>The diagnostics are there, but no action with that key (none at all when null) is offered.</summary>
        public static async Task NoCodeFixAsync(string markup, string? equivalenceKey = null, TestOptions? options = null)
        {
            options ??= TestOptions.Default;
            var analyzer = new TAnalyzer();
            var fixer = new TCodeFix();
            var (project, expected) = Verify<TAnalyzer>.Parse(new[] { markup }, analyzer, options);
            var diagnostics = await TestProject.DiagnosticsAsync(project, analyzer).ConfigureAwait(false);
            Verify<TAnalyzer>.AssertMatch(expected, diagnostics);
            foreach (var diagnostic in Fixable(diagnostics, fixer))
            {
                var actions = await ActionsAsync(project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, fixer).ConfigureAwait(false);
                var offered = actions.Where(a => equivalenceKey is null || a.EquivalenceKey == equivalenceKey).ToList();
                if (offered.Count > 0)
                {
                    throw new XunitException($"Expected no fix for {TestProject.Describe(diagnostic)}, but got: {string.Join(", ", offered.Select(a => a.Title))}");
                }
            }
        }

        private static async Task<Project> FixOneAtATimeAsync(Project project, DiagnosticAnalyzer analyzer, CodeFixProvider fixer, string? equivalenceKey)
        {
            var initialCount = Fixable(await TestProject.DiagnosticsAsync(project, analyzer).ConfigureAwait(false), fixer).Count();
            for (var iteration = 0; ; iteration++)
            {
                if (iteration > initialCount + 1)
                {
                    throw new XunitException($"Fixes kept producing fixable diagnostics after {iteration} rounds: a fix does not clear its diagnostic.");
                }

                var diagnostics = Fixable(await TestProject.DiagnosticsAsync(project, analyzer).ConfigureAwait(false), fixer).ToList();
                CodeAction? chosen = null;
                foreach (var diagnostic in diagnostics)
                {
                    var actions = await ActionsAsync(project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, fixer).ConfigureAwait(false);
                    chosen = Choose(actions, equivalenceKey, diagnostic);
                    if (chosen is not null)
                    {
                        break;
                    }
                }

                if (chosen is null)
                {
                    if (iteration == 0)
                    {
                        throw new XunitException("No code fix was offered for any diagnostic" + (equivalenceKey is null ? "." : $" with the key '{equivalenceKey}'."));
                    }

                    return project;
                }

                project = await ApplyAsync(project, chosen).ConfigureAwait(false);
            }
        }

        private static async Task<Project> FixAllAsync(
            Project project, DiagnosticAnalyzer analyzer, CodeFixProvider fixer, FixAllProvider fixAllProvider, FixAllScope scope, string? equivalenceKey)
        {
            var diagnosticProvider = new AnalyzerDiagnosticProvider(analyzer);
            for (var iteration = 0; iteration < 3; iteration++)
            {
                var diagnostics = Fixable(await TestProject.DiagnosticsAsync(project, analyzer).ConfigureAwait(false), fixer).ToList();
                if (diagnostics.Count == 0)
                {
                    return project;
                }

                var first = diagnostics[0];
                var document = project.GetDocument(first.Location.SourceTree)!;
                var firstAction = Choose(await ActionsAsync(document, first, fixer).ConfigureAwait(false), equivalenceKey, first);
                if (firstAction is null)
                {
                    return project;
                }

                var context = new FixAllContext(
                    document, fixer, scope, firstAction.EquivalenceKey, fixer.FixableDiagnosticIds, diagnosticProvider, CancellationToken.None);
                var fixAll = await fixAllProvider.GetFixAsync(context).ConfigureAwait(false)
                    ?? throw new XunitException($"Fix All in {scope} produced no action.");
                project = await ApplyAsync(project, fixAll).ConfigureAwait(false);
            }

            return project;
        }

        private static CodeAction? Choose(ImmutableArray<CodeAction> actions, string? equivalenceKey, Diagnostic diagnostic)
        {
            if (equivalenceKey is not null)
            {
                return actions.FirstOrDefault(a => a.EquivalenceKey == equivalenceKey);
            }

            return actions.Length switch
            {
                0 => null,
                1 => actions[0],
                _ => throw new XunitException($"Several fixes are offered for {TestProject.Describe(diagnostic)} ({string.Join(", ", actions.Select(a => a.EquivalenceKey))}): name the equivalence key."),
            };
        }

        private static async Task<ImmutableArray<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic, CodeFixProvider fixer)
        {
            async Task<ImmutableArray<CodeAction>> RegisterAsync()
            {
                var actions = ImmutableArray.CreateBuilder<CodeAction>();
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                return actions.ToImmutable();
            }

            var first = await RegisterAsync().ConfigureAwait(false);
            var second = await RegisterAsync().ConfigureAwait(false);
            foreach (var action in first)
            {
                if (string.IsNullOrEmpty(action.EquivalenceKey))
                {
                    throw new XunitException($"The fix '{action.Title}' has no equivalence key: Fix All cannot group it.");
                }
            }

            if (!first.Select(a => a.EquivalenceKey).SequenceEqual(second.Select(a => a.EquivalenceKey)))
            {
                throw new XunitException("Equivalence keys changed between two requests for the same diagnostic.");
            }

            return first;
        }

        private static async Task<Project> ApplyAsync(Project project, CodeAction action)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
            var changedSolution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            return changedSolution.GetProject(project.Id)!;
        }

        private static IEnumerable<Diagnostic> Fixable(ImmutableArray<Diagnostic> diagnostics, CodeFixProvider fixer) =>
            diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id));

        private static async Task AssertFixedAsync(
            string how, Project project, string[] fixedTexts, ImmutableArray<(string Path, ExpectedDiagnostic Diagnostic)> expectedAfterFix, DiagnosticAnalyzer analyzer)
        {
            var documents = TestProject.Documents(project);
            for (var i = 0; i < fixedTexts.Length; i++)
            {
                var actualText = (await documents[i].GetTextAsync().ConfigureAwait(false)).ToString();
                if (actualText != fixedTexts[i])
                {
                    throw new XunitException($"{how}: {documents[i].Name} differs from the fixed source.\nExpected:\n{fixedTexts[i]}\nActual:\n{actualText}\n{FirstDifference(fixedTexts[i], actualText)}");
                }
            }

            try
            {
                Verify<TAnalyzer>.AssertMatch(expectedAfterFix, await TestProject.DiagnosticsAsync(project, analyzer).ConfigureAwait(false));
            }
            catch (XunitException e)
            {
                throw new XunitException($"{how}: the fixed source does not compile cleanly or still holds diagnostics. {e.Message}");
            }
        }

        private static string FirstDifference(string expected, string actual)
        {
            var index = 0;
            while (index < expected.Length && index < actual.Length && expected[index] == actual[index])
            {
                index++;
            }

            string Around(string text) => text.Substring(Math.Max(0, index - 20), Math.Min(text.Length, index + 20) - Math.Max(0, index - 20)).Replace("\n", "\\n").Replace("\r", "\\r");
            return $"First difference at offset {index}: expected `{Around(expected)}`, actual `{Around(actual)}`.";
        }

        private sealed class AnalyzerDiagnosticProvider : FixAllContext.DiagnosticProvider
        {
            private readonly DiagnosticAnalyzer analyzer;

            public AnalyzerDiagnosticProvider(DiagnosticAnalyzer analyzer) => this.analyzer = analyzer;

            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                (await TestProject.DiagnosticsAsync(project, analyzer).ConfigureAwait(false)).Where(d => d.Location.IsInSource);

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                (await TestProject.DiagnosticsAsync(document.Project, analyzer).ConfigureAwait(false))
                    .Where(d => d.Location.SourceTree?.FilePath == document.FilePath);

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(Enumerable.Empty<Diagnostic>());
        }
    }
}
