using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace BindNoPort.Tests.Verifiers
{
    /// <summary>Builds the one-project solution a test runs in, and runs analyzers over it.</summary>
    internal static class TestProject
    {
        public const string Directory = "/0/";

        public static Project Create(IReadOnlyList<string> sources, TestOptions options)
        {
            var workspace = new AdhocWorkspace();
            var projectId = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                name: "TestProject",
                assemblyName: "TestProject",
                language: LanguageNames.CSharp,
                filePath: Directory + "TestProject.csproj",
                compilationOptions: new CSharpCompilationOptions(options.OutputKind, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: ReferenceAssemblies.For(options)));
            for (var i = 0; i < sources.Count; i++)
            {
                var name = i == 0 ? options.FirstFileName : $"Test{i}.cs";
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(sources[i]), filePath: Directory + name);
            }

            if (options.EditorConfig is { } editorConfig)
            {
                solution = solution.AddAnalyzerConfigDocument(
                    DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From("root = true\n" + editorConfig), filePath: Directory + ".editorconfig");
            }

            return solution.GetProject(projectId)!;
        }

        /// <summary>Documents in the order their sources were given.</summary>
        public static IReadOnlyList<Document> Documents(Project project) =>
            project.DocumentIds.Select(id => project.GetDocument(id)!).ToList();

        /// <summary>
        /// The analyzer's diagnostics and the compiler's errors, sorted by position. An analyzer
        /// exception fails the test: it is what users see as AD0001.
        /// </summary>
        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, DiagnosticAnalyzer analyzer, bool failOnAnalyzerException = true)
        {
            var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
            var exceptions = new List<string>();
            var analyzerOptions = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception.ToString()); } },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var analyzerDiagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create(analyzer), analyzerOptions)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
                .ConfigureAwait(false);
            exceptions.AddRange(analyzerDiagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
            if (failOnAnalyzerException && exceptions.Count > 0)
            {
                throw new XunitException("The analyzer threw (AD0001):\n" + string.Join("\n\n", exceptions));
            }

            return compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Concat(analyzerDiagnostics.Where(d => d.Id != "AD0001"))
                .OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, System.StringComparer.Ordinal)
                .ToImmutableArray();
        }

        public static string Describe(Diagnostic diagnostic)
        {
            var position = diagnostic.Location.GetLineSpan();
            var text = diagnostic.Location.SourceTree?.GetText().ToString(diagnostic.Location.SourceSpan) ?? string.Empty;
            return $"{System.IO.Path.GetFileName(position.Path)}({position.StartLinePosition.Line + 1},{position.StartLinePosition.Character + 1}): {diagnostic.Id} on `{text}`: {diagnostic.GetMessage()}";
        }
    }
}
