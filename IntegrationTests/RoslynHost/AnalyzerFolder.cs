using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.RoslynHost;

/// <summary>
/// A package's analyzers/dotnet/cs folder as a host takes it in: every assembly registered with the
/// loader and referenced through an <see cref="AnalyzerFileReference"/>; analyzers from the
/// references, code fixes from the loaded assemblies' [ExportCodeFixProvider] types, as dotnet format finds them.
/// </summary>
internal sealed class AnalyzerFolder
{
    private readonly AnalyzerDirectoryLoader loader = new();
    private readonly List<string> loadFailures = [];

    public AnalyzerFolder(string directory)
    {
        string[] paths = Directory.GetFiles(Path.GetFullPath(directory), "*.dll").Order(StringComparer.Ordinal).ToArray();
        if (paths.Length == 0)
        {
            throw new InvalidOperationException($"No assembly in {directory}.");
        }

        // The compiler registers every analyzer file before it loads any, so each can find the others.
        foreach (string path in paths)
        {
            loader.AddDependencyLocation(path);
        }

        References = paths.Select(path =>
        {
            var reference = new AnalyzerFileReference(path, loader);
            reference.AnalyzerLoadFailed += (_, failure) => loadFailures.Add(Path.GetFileName(path) + ": " + string.Join(
                " ",
                new object?[] { failure.ErrorCode, failure.TypeName, failure.ReferencedCompilerVersion, failure.Message, failure.Exception?.GetBaseException().Message }
                    .Select(part => part?.ToString()).Where(part => !string.IsNullOrEmpty(part))));
            return reference;
        }).ToImmutableArray();
        CodeFixProviders = References
            .SelectMany(TypesOf)
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type)
                && type.GetCustomAttribute<ExportCodeFixProviderAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToImmutableArray();
    }

    public ImmutableArray<AnalyzerFileReference> References { get; }

    public ImmutableArray<CodeFixProvider> CodeFixProviders { get; }

    /// <summary>What failed to load: the references' AnalyzerLoadFailed reports, as a host shows them beside the build, and code-fix types.</summary>
    public IReadOnlyList<string> LoadFailures => loadFailures;

    /// <summary>The loaded assembly of the reference named <paramref name="assemblyName"/>.</summary>
    public Assembly Assembly(string assemblyName) =>
        References.Single(reference => Path.GetFileNameWithoutExtension(reference.FullPath) == assemblyName).GetAssembly();

    /// <summary>The reference's types; none, and a load failure, when some of them need what the host lacks.</summary>
    private Type[] TypesOf(AnalyzerFileReference reference)
    {
        try
        {
            return reference.GetAssembly().GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            loadFailures.AddRange(exception.LoaderExceptions.Select(failure => $"{Path.GetFileName(reference.FullPath)}: {failure?.GetBaseException().Message}").Distinct(StringComparer.Ordinal));
            return [];
        }
    }
}
