using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Samples.Demo
{
    /// <summary>Runs the analyzers over a project; also feeds Fix All the diagnostics it asks for.</summary>
    internal sealed class Analysis : FixAllContext.DiagnosticProvider
    {
        private const string AnalyzerExceptionId = "AD0001";

        private readonly ImmutableArray<DiagnosticAnalyzer> analyzers;

        public Analysis(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            this.analyzers = analyzers;
        }

        /// <summary>The BNP diagnostics in source order; an analyzer that throws fails the demo.</summary>
        public async Task<ImmutableArray<Diagnostic>> BindNoPortDiagnosticsAsync(Project project, CancellationToken cancellationToken = default)
        {
            Compilation compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
            ImmutableArray<Diagnostic> diagnostics = await compilation
                .WithAnalyzers(analyzers, project.AnalyzerOptions)
                .GetAnalyzerDiagnosticsAsync(cancellationToken)
                .ConfigureAwait(false);

            Diagnostic? crash = diagnostics.FirstOrDefault(d => d.Id == AnalyzerExceptionId);
            if (crash is not null)
            {
                throw new InvalidOperationException($"An analyzer threw: {crash.GetMessage()}");
            }

            return diagnostics
                .Where(d => d.Id.StartsWith("BNP", StringComparison.Ordinal))
                .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ToImmutableArray();
        }

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            ImmutableArray<Diagnostic> diagnostics = await BindNoPortDiagnosticsAsync(document.Project, cancellationToken).ConfigureAwait(false);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            // Every BNP diagnostic points into source; none belongs to the project alone.
            return Task.FromResult(Enumerable.Empty<Diagnostic>());
        }

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            return await BindNoPortDiagnosticsAsync(project, cancellationToken).ConfigureAwait(false);
        }
    }
}
