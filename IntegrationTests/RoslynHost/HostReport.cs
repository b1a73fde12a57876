using System.Collections.Generic;

namespace BindNoPort.RoslynHost;

/// <summary>What the program prints, as one line of JSON: everything the host saw, for the test to judge.</summary>
internal sealed record HostReport(
    string RoslynVersion,
    string ReferenceAssemblies,
    IReadOnlyList<LoadedAssembly> Assemblies,
    IReadOnlyList<string> LoadFailures,
    IReadOnlyList<string> CompilationErrors,
    IReadOnlyList<ReportedDiagnostic> Diagnostics,
    IReadOnlyList<AppliedFix> Fixes,
    CompositionReport Composition);

/// <summary>One assembly of the analyzer folder, where it was loaded, and what the host found in it.</summary>
internal sealed record LoadedAssembly(string Name, string LoadContext, IReadOnlyList<string> Analyzers, IReadOnlyList<string> CodeFixProviders);

/// <summary>A diagnostic on the client file; the line is 1-based.</summary>
internal sealed record ReportedDiagnostic(string Id, string Severity, int Line, string Message);

/// <summary>
/// One code action a provider registered for one diagnostic, applied on its own to the unfixed client:
/// the compiler's errors afterwards, and the analyzer diagnostics left.
/// </summary>
internal sealed record AppliedFix(
    string Provider,
    string Diagnostic,
    int Line,
    string Title,
    string? EquivalenceKey,
    bool Changed,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Remaining);

/// <summary>The code-fix assembly composed by Visual Studio's MEF: discovery and composition errors, and every CodeFixProvider export.</summary>
internal sealed record CompositionReport(IReadOnlyList<string> Errors, IReadOnlyList<ComposedExport> Exports);

/// <summary>One [ExportCodeFixProvider] export: its metadata, and the provider the export provider created.</summary>
internal sealed record ComposedExport(string Type, string? Name, IReadOnlyList<string> Languages, IReadOnlyList<string> FixableDiagnosticIds, string LoadContext);
