using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace BindNoPort.RoslynHost;

/// <summary>The client file as a library project of an <see cref="AdhocWorkspace"/>, on the framework's reference assemblies, with the package's analyzer references.</summary>
internal static class ClientProject
{
    public static Document Create(string clientFile, IEnumerable<AnalyzerReference> analyzerReferences)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            name: "Client",
            assemblyName: "Client",
            language: LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: ReferencePack.References(),
            analyzerReferences: analyzerReferences));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, Path.GetFileName(clientFile), SourceText.From(File.ReadAllText(clientFile), Encoding.UTF8), filePath: Path.GetFullPath(clientFile));
        return solution.GetDocument(documentId)!;
    }

    /// <summary>The compiler's errors in the document's project.</summary>
    public static async Task<ImmutableArray<Diagnostic>> ErrorsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync(CancellationToken.None).ConfigureAwait(false))!;
        return compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToImmutableArray();
    }

    /// <summary>What the project's analyzer references report on it, analyzer exceptions (AD0001) included.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnosticsAsync(Document document)
    {
        var project = document.Project;
        var analyzers = project.AnalyzerReferences.SelectMany(reference => reference.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            // None loaded: the host reports nothing, and the load failures say why.
            return ImmutableArray<Diagnostic>.Empty;
        }

        var compilation = (await project.GetCompilationAsync(CancellationToken.None).ConfigureAwait(false))!;
        var diagnostics = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        return diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal).ToImmutableArray();
    }
}
