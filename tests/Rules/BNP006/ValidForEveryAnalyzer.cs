using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace BindNoPort.Tests.Rules.BNP006
{
    /// <summary>Every Valid source of BNP006 compiles and is silent for every analyzer of the package, not only its own.</summary>
    public sealed class ValidForEveryAnalyzer
    {
        public static IEnumerable<object[]> Sources() =>
            typeof(Valid).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Select(field => new object[] { field.Name });

        [Theory]
        [MemberData(nameof(Sources))]
        public async Task Source_IsSilent(string name)
        {
            var source = (string)typeof(Valid).GetField(name)!.GetRawConstantValue()!;
            var project = TestProject.Create(new[] { source }, TestOptions.Default);
            foreach (var analyzer in PackageAnalyzers())
            {
                var diagnostics = await TestProject.DiagnosticsAsync(project, analyzer);
                Assert.True(diagnostics.IsEmpty, $"{analyzer.GetType().Name} on {name}:\n" + string.Join("\n", diagnostics.Select(TestProject.Describe)));
            }
        }

        private static IEnumerable<DiagnosticAnalyzer> PackageAnalyzers() =>
            typeof(Descriptors).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!);
    }
}
