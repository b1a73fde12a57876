using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace BindNoPort.RoslynHost;

/// <summary>
/// Loads analyzer assemblies the way the compiler does on .NET: one load context per analyzer
/// directory; Roslyn always comes from the host, a registered analyzer file from its directory, and
/// anything else from the host's own context (the framework, System.Collections.Immutable, ...).
/// An analyzer that needs a newer Roslyn, or anything the host lacks, fails to load here as it would there.
/// </summary>
internal sealed class AnalyzerDirectoryLoader : IAnalyzerAssemblyLoader
{
    private readonly Dictionary<string, DirectoryContext> contexts = new(StringComparer.Ordinal);

    public void AddDependencyLocation(string fullPath) => ContextFor(fullPath).Register(fullPath);

    public Assembly LoadFromPath(string fullPath) =>
        // By name, so that a file loaded first as another's dependency is the same assembly when asked for by path.
        ContextFor(fullPath).LoadFromAssemblyName(AssemblyName.GetAssemblyName(fullPath));

    private DirectoryContext ContextFor(string fullPath)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(fullPath))!;
        if (!contexts.TryGetValue(directory, out var context))
        {
            context = new DirectoryContext(directory);
            contexts.Add(directory, context);
        }

        return context;
    }

    private sealed class DirectoryContext(string directory) : AssemblyLoadContext("analyzers in " + directory)
    {
        private readonly Dictionary<string, string> registered = new(StringComparer.OrdinalIgnoreCase);

        public void Register(string fullPath) => registered[Path.GetFileNameWithoutExtension(fullPath)] = fullPath;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string name = assemblyName.Name ?? "";
            if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            {
                // Analyzers must share the host's Roslyn types; a reference newer than the host's fails here.
                return Default.LoadFromAssemblyName(assemblyName);
            }

            // Null leaves the name to the host's context.
            return registered.TryGetValue(name, out var path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
