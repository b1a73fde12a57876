using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Samples.Demo
{
    /// <summary>Every analyzer and code fix the package ships, found the way a compiler host finds them: by their export attributes.</summary>
    internal sealed class BindNoPortComponents
    {
        private BindNoPortComponents(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> codeFixProviders)
        {
            Analyzers = analyzers;
            CodeFixProviders = codeFixProviders;
        }

        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        public ImmutableArray<CodeFixProvider> CodeFixProviders { get; }

        public static BindNoPortComponents Discover()
        {
            Assembly[] assemblies =
            {
                typeof(Descriptors).Assembly,
                Assembly.Load(new AssemblyName("BindNoPort.CodeFixes")),
            };
            Type[] exported = assemblies.SelectMany(assembly => assembly.GetTypes()).Where(type => !type.IsAbstract).ToArray();

            ImmutableArray<DiagnosticAnalyzer> analyzers = exported
                .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();
            ImmutableArray<CodeFixProvider> codeFixProviders = exported
                .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
                .ToImmutableArray();
            return new BindNoPortComponents(analyzers, codeFixProviders);
        }
    }
}
