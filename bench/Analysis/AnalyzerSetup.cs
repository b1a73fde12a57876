using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// The analyzers handed to the driver for one configuration, the ones whose execution time is reported,
    /// and the diagnostic options that switch every other rule off, as an .editorconfig would.
    /// </summary>
    public sealed class AnalyzerSetup
    {
        private AnalyzerSetup(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<DiagnosticAnalyzer> measured, ImmutableDictionary<string, ReportDiagnostic> diagnosticOptions)
        {
            Analyzers = analyzers;
            Measured = measured;
            DiagnosticOptions = diagnosticOptions;
        }

        /// <summary>Every analyzer the driver is given.</summary>
        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        /// <summary>The analyzers whose own execution time is the configuration's cost.</summary>
        public ImmutableArray<DiagnosticAnalyzer> Measured { get; }

        /// <summary>Per-rule severities for the compilation options.</summary>
        public ImmutableDictionary<string, ReportDiagnostic> DiagnosticOptions { get; }

        /// <summary>
        /// Builds the setup of a configuration. The compiler-only one has no analyzers; every other one runs
        /// with the empty analyzer, the baseline.
        /// </summary>
        public static AnalyzerSetup Create(AnalyzerConfiguration configuration)
        {
            var setup = configuration switch
            {
                AnalyzerConfiguration.CompilerOnly => Own(ImmutableArray<DiagnosticAnalyzer>.Empty),
                AnalyzerConfiguration.EmptyAnalyzer => Own(ImmutableArray<DiagnosticAnalyzer>.Empty),
                AnalyzerConfiguration.NaiveInvocation => Own(ImmutableArray.Create<DiagnosticAnalyzer>(new NaiveInvocationAnalyzer())),
                AnalyzerConfiguration.BindNoPort => Own(BindNoPortAnalyzers()),
                AnalyzerConfiguration.CA2016 => NetAnalyzersRule("CA2016"),
                AnalyzerConfiguration.CA2000 => NetAnalyzersRule("CA2000"),
                _ => throw new ArgumentOutOfRangeException(nameof(configuration), configuration, null),
            };
            if (configuration == AnalyzerConfiguration.CompilerOnly)
            {
                return setup;
            }

            var baseline = new EmptyAnalyzer();
            var measured = configuration == AnalyzerConfiguration.EmptyAnalyzer ? ImmutableArray.Create<DiagnosticAnalyzer>(baseline) : setup.Measured;
            return new AnalyzerSetup(setup.Analyzers.Add(baseline), measured, setup.DiagnosticOptions);
        }

        /// <summary>One analyzer, measured alone beside the baseline, as <see cref="Create"/> sets up the others.</summary>
        public static AnalyzerSetup Alone(DiagnosticAnalyzer analyzer) =>
            new AnalyzerSetup(ImmutableArray.Create(analyzer, new EmptyAnalyzer()), ImmutableArray.Create(analyzer), ImmutableDictionary<string, ReportDiagnostic>.Empty);

        /// <summary>Every concrete C# analyzer in the BindNoPort.Analyzers assembly.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> BindNoPortAnalyzers()
        {
            return typeof(BindNoPort.Analyzers.Descriptors).Assembly.GetTypes()
                .Where(type => !type.IsAbstract
                    && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                    && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(attribute => attribute.Languages.Contains(LanguageNames.CSharp)))
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();
        }

        private static AnalyzerSetup Own(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            return new AnalyzerSetup(analyzers, analyzers, ImmutableDictionary<string, ReportDiagnostic>.Empty);
        }

        // All of NetAnalyzers is loaded, as a build loads the package; every rule but one is suppressed, so the
        // driver drops the analyzers that report nothing else and runs only the rule's own.
        private static AnalyzerSetup NetAnalyzersRule(string ruleId)
        {
            var analyzers = LoadNetAnalyzers();
            var options = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>();
            foreach (var descriptor in analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics))
            {
                options[descriptor.Id] = descriptor.Id == ruleId ? ReportDiagnostic.Warn : ReportDiagnostic.Suppress;
            }

            var measured = analyzers
                .Where(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id == ruleId))
                .ToImmutableArray();
            if (measured.IsEmpty)
            {
                throw new InvalidOperationException($"No analyzer in {RepositoryLayout.NetAnalyzersPackage()} reports {ruleId}.");
            }

            return new AnalyzerSetup(analyzers, measured, options.ToImmutable());
        }

        private static ImmutableArray<DiagnosticAnalyzer> LoadNetAnalyzers()
        {
            var directory = Path.Combine(RepositoryLayout.NetAnalyzersPackage(), "analyzers", "dotnet", "cs");
            var loader = new DirectoryAnalyzerLoader();
            var failures = new List<string>();
            var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            // The language-neutral assembly first: the C# one depends on it.
            foreach (var name in new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" })
            {
                var reference = new AnalyzerFileReference(Path.Combine(directory, name), loader);
                reference.AnalyzerLoadFailed += (_, failure) => failures.Add($"{name}: {failure.ErrorCode} {failure.TypeName} {failure.Message}");
                analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }

            if (failures.Count > 0)
            {
                throw new InvalidOperationException("NetAnalyzers failed to load: " + string.Join("; ", failures));
            }

            return analyzers.ToImmutable();
        }

        private sealed class DirectoryAnalyzerLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath)
            {
                var name = AssemblyName.GetAssemblyName(fullPath);
                return AssemblyLoadContext.Default.Assemblies.FirstOrDefault(assembly => AssemblyName.ReferenceMatchesDefinition(assembly.GetName(), name))
                    ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
            }
        }
    }
}
