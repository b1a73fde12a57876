using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Xunit;

namespace BindNoPort.Tests.Rules
{
    /// <summary>Every Valid and Diagnostics source of the flow rules, cut and broken as while typing, must never make the analyzer throw.</summary>
    public sealed class NoAnalyzerExceptionTests
    {
        private static readonly Type[] SourceClasses =
        {
            typeof(BNP001.Diagnostics), typeof(BNP001.Valid),
            typeof(BNP002.Diagnostics), typeof(BNP002.Valid),
            typeof(BNP004.Diagnostics), typeof(BNP004.Valid),
            typeof(BNP005.Diagnostics), typeof(BNP005.Valid),
        };

        public static IEnumerable<object[]> Sources() =>
            SourceClasses
                .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                    .Select(field => new object[] { type.Namespace!.Split('.').Last() + "." + type.Name + "." + field.Name }));

        [Fact]
        public void Corpus_HoldsTheSourcesOfEveryRule()
        {
            var names = Sources().Select(row => (string)row[0]).ToList();
            foreach (var type in SourceClasses)
            {
                Assert.Contains(names, name => name.StartsWith(type.Namespace!.Split('.').Last() + "." + type.Name + ".", StringComparison.Ordinal));
            }
        }

        [Theory]
        [MemberData(nameof(Sources))]
        public Task HalfTypedSource_NeverThrows(string name)
        {
            var parts = name.Split('.');
            var type = SourceClasses.Single(t => t.Namespace!.EndsWith(parts[0], StringComparison.Ordinal) && t.Name == parts[1]);
            var source = (string)type.GetField(parts[2])!.GetRawConstantValue()!;
            return TruncatedSources.AssertNoAnalyzerExceptionAsync<BindBeforeConnectAnalyzer>(source, new TestOptions { ReferenceRuntime = true });
        }
    }
}
