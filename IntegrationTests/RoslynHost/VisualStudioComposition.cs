using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.VisualStudio.Composition;

namespace BindNoPort.RoslynHost;

/// <summary>
/// The code-fix assembly composed by Microsoft.VisualStudio.Composition, Visual Studio's MEF engine:
/// parts discovered with both attribute models (System.ComponentModel.Composition and
/// System.Composition, as VS does), a catalog, a configuration, an export provider, and the
/// CodeFixProvider exports it yields, which is how the IDE finds code fixes.
/// </summary>
internal static class VisualStudioComposition
{
    public static async Task<CompositionReport> ComposeAsync(Assembly codeFixes, AssemblyLoadContext context)
    {
        // The resolver loads through the analyzer context, so the composed parts are the assembly the analyzer reference loaded.
        var resolver = new Resolver(new ContextAssemblyLoader(context));
        var discovery = PartDiscovery.Combine(resolver, new AttributedPartDiscoveryV1(resolver), new AttributedPartDiscovery(resolver, isNonPublicSupported: true));
        var parts = await discovery.CreatePartsAsync(codeFixes).ConfigureAwait(false);
        var catalog = ComposableCatalog.Create(resolver).AddParts(parts);
        var configuration = CompositionConfiguration.Create(catalog);
        var errors = parts.DiscoveryErrors.Select(error => $"{error.Message} {error.InnerException?.GetBaseException().Message}".Trim())
            .Concat(configuration.CompositionErrors.SelectMany(level => level).Select(error => error.Message))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var exportProvider = configuration.CreateExportProviderFactory().CreateExportProvider();
        var exports = exportProvider.GetExports<CodeFixProvider, IDictionary<string, object?>>()
            .Select(export => new ComposedExport(
                export.Value.GetType().FullName!,
                export.Metadata.TryGetValue("Name", out var name) ? name as string : null,
                export.Metadata.TryGetValue("Languages", out var languages) && languages is string[] names ? names : [],
                export.Value.FixableDiagnosticIds.ToArray(),
                AssemblyLoadContext.GetLoadContext(export.Value.GetType().Assembly)?.Name ?? "(none)"))
            .OrderBy(export => export.Type, StringComparer.Ordinal)
            .ToList();
        return new CompositionReport(errors, exports);
    }

    private sealed class ContextAssemblyLoader(AssemblyLoadContext context) : IAssemblyLoader
    {
        public Assembly LoadAssembly(AssemblyName assemblyName) => context.LoadFromAssemblyName(assemblyName);

        public Assembly LoadAssembly(string assemblyFullName, string? codeBasePath) => LoadAssembly(new AssemblyName(assemblyFullName));
    }
}
