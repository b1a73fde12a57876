using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace BindNoPort.Tests.Rules
{
    /// <summary>
    /// Valid code is valid for the whole package: every analyzer of BindNoPort.Analyzers runs over every Valid source
    /// of every rule (<see cref="RuleSources"/>), on net8.0 with BindNoPort.Runtime referenced, and reports nothing.
    /// </summary>
    public sealed class AllAnalyzersOnValidCodeTests
    {
        public static IEnumerable<object[]> ValidSources() =>
            RuleSources.Names(RuleSources.Valid).Select(name => new object[] { name });

        [Fact]
        public void Package_HasAnalyzersToRun() =>
            Assert.True(PackageAnalyzers.Types.Length >= 2, "BindBeforeConnectAnalyzer and OptionSetTheWrongWayAnalyzer at least.");

        [Theory]
        [MemberData(nameof(ValidSources))]
        public Task ValidSource_NoAnalyzerReportsAnything(string name)
        {
            var source = RuleSources.Get(name);
            return new PackageAnalyzers.Test
            {
                TestCode = source,
                TestState =
                {
                    OutputKind = RuleSources.OutputKindFor(source),
                    AdditionalReferences = { TestReferences.Runtime },
                },
            }.RunAsync(CancellationToken.None);
        }
    }
}
