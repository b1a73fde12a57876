using System;
using System.Linq;
using System.Runtime.Loader;
using System.Text.Json;
using System.Threading.Tasks;
using BindNoPort.RoslynHost;
using Microsoft.CodeAnalysis;

// usage: BindNoPort.RoslynHost <analyzers/dotnet/cs folder of the package> <client .cs file>
// Loads the package as a Roslyn 4.8 host does, runs its analyzers and fixes on the client, composes
// its fixes with Visual Studio's MEF, and prints what it saw as one line of JSON.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: BindNoPort.RoslynHost <analyzer folder> <client file>");
    return 2;
}

var folder = new AnalyzerFolder(args[0]);
var client = ClientProject.Create(args[1], folder.References);
var compilationErrors = await ClientProject.ErrorsAsync(client);
var diagnostics = await ClientProject.AnalyzerDiagnosticsAsync(client);
var fixes = await FixApplier.ApplyEachAsync(client, folder.CodeFixProviders, diagnostics);
var codeFixes = folder.Assembly("BindNoPort.CodeFixes");
var composition = await VisualStudioComposition.ComposeAsync(codeFixes, AssemblyLoadContext.GetLoadContext(codeFixes)!);

var report = new HostReport(
    typeof(Compilation).Assembly.GetName().Version!.ToString(),
    ReferencePack.Directory,
    folder.References.Select(reference =>
    {
        var assembly = reference.GetAssembly();
        return new LoadedAssembly(
            assembly.GetName().Name!,
            AssemblyLoadContext.GetLoadContext(assembly)?.Name ?? "(none)",
            reference.GetAnalyzers(LanguageNames.CSharp).Select(analyzer => analyzer.GetType().FullName!).Order(StringComparer.Ordinal).ToArray(),
            folder.CodeFixProviders.Where(provider => provider.GetType().Assembly == assembly).Select(provider => provider.GetType().FullName!).ToArray());
    }).ToArray(),
    folder.LoadFailures,
    compilationErrors.Select(error => error.ToString()).ToArray(),
    diagnostics.Select(d => new ReportedDiagnostic(d.Id, d.Severity.ToString(), d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage())).ToArray(),
    fixes,
    composition);
Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
return 0;
