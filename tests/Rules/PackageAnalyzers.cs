using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace BindNoPort.Tests.Rules
{
    /// <summary>Every analyzer the package ships, found by reflection so that a new one is covered without a list to update.</summary>
    public static class PackageAnalyzers
    {
        /// <summary>The [DiagnosticAnalyzer] types of BindNoPort.Analyzers.</summary>
        public static ImmutableArray<Type> Types { get; } = typeof(BindBeforeConnectAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract
                && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToImmutableArray();

        /// <summary>A new instance of each analyzer of <see cref="Types"/>.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Create() =>
            Types.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!).ToImmutableArray();

        /// <summary>An analyzer test that runs every analyzer of the package at once, configured as the rule tests are: net8.0, C# latest, nullable enabled.</summary>
        public sealed class Test : CSharpAnalyzerTest<BindBeforeConnectAnalyzer, DefaultVerifier>
        {
            public Test()
            {
                ReferenceAssemblies = TestReferences.Net80;
                SolutionTransforms.Add(TestProjectSettings.Apply);
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Create();
        }
    }
}
