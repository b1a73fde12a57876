using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace BindNoPort.Tests.Rules
{
    /// <summary>
    /// Every shape a rule reports (every Diagnostics source of <see cref="RuleSources"/>), with and without
    /// BindNoPort.Runtime: each code action the package offers for each diagnostic changes the code, adds no compiler
    /// error and takes that diagnostic away. A shape the fixes cannot handle offers no action at all, so no action is
    /// one that does nothing (what made <c>dotnet format</c> print "Formatted code file" and change nothing).
    /// </summary>
    public sealed class EveryFixCompilesTests
    {
        private static readonly ImmutableArray<CodeFixProvider> Providers = typeof(DocumentFixProvider).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToImmutableArray();

        public static IEnumerable<object[]> Shapes() =>
            RuleSources.Names(RuleSources.Diagnostics).SelectMany(name => new[] { new object[] { name, false }, new object[] { name, true } });

        [Fact]
        public void Package_HasTheFourFixProviders() => Assert.Equal(4, Providers.Length);

        [Theory]
        [MemberData(nameof(Shapes))]
        public async Task EveryActionOffered_ChangesTheCode_Compiles_AndFixesItsDiagnostic(string name, bool withRuntime)
        {
            var project = await ProjectAsync(RuleSources.WithoutMarkup(RuleSources.Get(name)), withRuntime);
            var before = await DiagnosticsAsync(project);
            var errorsBefore = await ErrorsAsync(project);

            foreach (var diagnostic in before)
            {
                foreach (var action in await ActionsAsync(project, diagnostic))
                {
                    var applied = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
                    var fixedProject = applied.GetProject(project.Id)!;
                    var what = $"'{action.Title}' on {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition} of {name}";

                    Assert.True(applied.GetChanges(project.Solution).GetProjectChanges().Any(), what + " changed nothing.");
                    var newErrors = (await ErrorsAsync(fixedProject)).Except(errorsBefore).ToArray();
                    Assert.True(newErrors.Length == 0, what + " does not compile:\n" + string.Join("\n", newErrors) + "\n" + await TextAsync(fixedProject));
                    var after = await DiagnosticsAsync(fixedProject);
                    Assert.True(
                        after.Count(found => found.Id == diagnostic.Id) < before.Count(found => found.Id == diagnostic.Id),
                        what + " leaves its diagnostic:\n" + await TextAsync(fixedProject));
                }
            }
        }

        private static async Task<Project> ProjectAsync(string source, bool withRuntime)
        {
            var references = await RuleSources.ReferencesAsync();
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Default,
                    "Shape",
                    "Shape",
                    LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(RuleSources.OutputKindFor(source), nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: withRuntime ? references : references.Remove(TestReferences.Runtime)))
                .AddDocument(DocumentId.CreateNewId(projectId), "Shape.cs", SourceText.From(source));
            return solution.GetProject(projectId)!;
        }

        private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
        {
            var compilation = (await project.GetCompilationAsync())!;
            return await compilation.WithAnalyzers(PackageAnalyzers.Create()).GetAnalyzerDiagnosticsAsync();
        }

        private static async Task<string[]> ErrorsAsync(Project project) =>
            (await project.GetCompilationAsync())!.GetDiagnostics()
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                .Select(diagnostic => diagnostic.Id + ": " + diagnostic.GetMessage())
                .ToArray();

        private static async Task<List<CodeAction>> ActionsAsync(Project project, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            foreach (var provider in Providers.Where(provider => provider.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            }

            return actions;
        }

        private static async Task<string> TextAsync(Project project) =>
            string.Join("\n---\n", await Task.WhenAll(project.Documents.Select(async document => (await document.GetTextAsync()).ToString())));
    }
}
