using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using BindNoPort.Audit.Inputs;

namespace BindNoPort.Audit.Analysis
{
    /// <summary>
    /// The decompiled types compiled against the framework, the assembly itself and its dependencies. The rest of the
    /// assembly is seen through its metadata, internals included, so the decompiled code binds to what it calls.
    /// </summary>
    internal static class AuditCompilation
    {
        private static readonly ConcurrentDictionary<string, MetadataReference> References = new(StringComparer.Ordinal);

        // The compiler's own switch for reading code outside its accessibility rules (as the debugger's evaluator does);
        // without it every call into an internal member of the audited assembly would be an error and lose its symbol.
        private static readonly Func<CSharpCompilationOptions, CSharpCompilationOptions> IgnoreAccessibility = CreateIgnoreAccessibility();

        public static CSharpCompilation Create(AuditedAssembly assembly, IEnumerable<SyntaxTree> trees)
        {
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true,
                metadataImportOptions: MetadataImportOptions.All);
            var paths = FrameworkAssemblies.ReferencePaths()
                .Concat(assembly.Dependencies.Where(path => !FrameworkAssemblies.Contains(path)))
                .Append(assembly.Path)
                .GroupBy(path => System.IO.Path.GetFileName(path), StringComparer.OrdinalIgnoreCase)
                .Select(group => group.Last());
            return CSharpCompilation.Create(
                System.IO.Path.GetFileNameWithoutExtension(assembly.Path) + ".Decompiled",
                trees,
                paths.Select(path => References.GetOrAdd(path, file => MetadataReference.CreateFromFile(file))),
                IgnoreAccessibility(options));
        }

        private static Func<CSharpCompilationOptions, CSharpCompilationOptions> CreateIgnoreAccessibility()
        {
            var property = typeof(CSharpCompilationOptions).GetProperty("TopLevelBinderFlags", BindingFlags.Instance | BindingFlags.NonPublic);
            var flags = typeof(CSharpCompilationOptions).Assembly.GetType("Microsoft.CodeAnalysis.CSharp.BinderFlags");
            if (property is null || flags is null || !Enum.IsDefined(flags, "IgnoreAccessibility"))
            {
                // Another compiler: the audit still runs, with calls into internals unresolved.
                return options => options;
            }

            var value = Enum.Parse(flags, "IgnoreAccessibility");
            return options =>
            {
                property.SetValue(options, value);
                return options;
            };
        }
    }
}
