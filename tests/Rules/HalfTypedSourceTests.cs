using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Sdk;

namespace BindNoPort.Tests.Rules
{
    /// <summary>
    /// Half-typed code must never make an analyzer throw (what users see as AD0001). Every Valid and Diagnostics
    /// source of every rule (<see cref="RuleSources"/>) is cut and broken as while typing, and each variant is
    /// analyzed by every analyzer of the package. The variants: every prefix that ends at a line break, the source
    /// without each single line, the source without each closing brace, and each line that names a socket member
    /// cut after every punctuation mark. Compiler errors are expected in them; an analyzer exception is a failure.
    /// </summary>
    public sealed class HalfTypedSourceTests
    {
        private static readonly string[] TypedNames =
            { "Bind", "Connect", "TcpClient", "Socket", "SetSocketOption", "SetRawSocketOption", "Listen", "IPEndPoint" };

        public static IEnumerable<object[]> Sources() =>
            RuleSources.Names(RuleSources.Valid, RuleSources.Diagnostics).Select(name => new object[] { name });

        [Fact]
        public void Corpus_HoldsValidAndDiagnosticsSourcesOfEveryRule()
        {
            var names = RuleSources.Names(RuleSources.Valid, RuleSources.Diagnostics).ToList();
            foreach (var id in typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!))
            {
                Assert.Contains(names, name => name.StartsWith(id + "." + RuleSources.Valid + ".", StringComparison.Ordinal));
                Assert.Contains(names, name => name.StartsWith(id + "." + RuleSources.Diagnostics + ".", StringComparison.Ordinal));
            }
        }

        [Theory]
        [MemberData(nameof(Sources))]
        public async Task HalfTypedSource_NeverThrows(string name)
        {
            var failures = await FailuresAsync(RuleSources.Get(name), PackageAnalyzers.Create());
            if (failures.Count > 0)
            {
                throw new XunitException($"The package's analyzers threw on {failures.Count} half-typed variants of {name}. The shortest:\n{failures[0]}");
            }
        }

        [Fact]
        public void Variants_CoverPrefixesRemovedLinesRemovedBracesAndCutCalls()
        {
            var variants = Variants("a\n{\n}").ToList();
            Assert.Contains("a", variants);
            Assert.Contains("a\n}", variants);
            Assert.Contains("a\n{\n", variants);
            Assert.Contains("s.Bind(\n}", Variants("s.Bind(x);\n}").ToList());
        }

        [Fact]
        public void Markup_IsRemovedBeforeTheSweep() =>
            Assert.Equal("a(b) c[d] e", RuleSources.WithoutMarkup("a{|#0:(b)|} {|BNP001:c[|[d]|]|} e"));

        // The sweep itself must fail where an analyzer throws: this one throws on a call whose argument is not typed yet.
        [Fact]
        public async Task Sweep_CatchesAnAnalyzerThatThrowsOnHalfTypedCode()
        {
            var failures = await FailuresAsync("class C\n{\n    void Bind(int a) { Bind(1); }\n}\n", ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowsOnMissingArgumentAnalyzer()));
            Assert.NotEmpty(failures);
            Assert.Contains(nameof(ThrowsOnMissingArgumentAnalyzer), failures[0], StringComparison.Ordinal);
        }

        [Fact]
        public async Task Sweep_PassesAnAnalyzerThatNeverThrows()
        {
            var failures = await FailuresAsync("class C\n{\n    void Bind(int a) { Bind(1); }\n}\n", ImmutableArray.Create<DiagnosticAnalyzer>(new ToleratesMissingArgumentAnalyzer()));
            Assert.Empty(failures);
        }

        internal static IEnumerable<string> Variants(string source)
        {
            var lines = source.Split('\n');
            for (var count = 1; count < lines.Length; count++)
            {
                yield return string.Join("\n", lines.Take(count));
            }

            for (var skip = 0; skip < lines.Length; skip++)
            {
                yield return string.Join("\n", lines.Where((_, index) => index != skip));
            }

            for (var index = source.IndexOf('}'); index >= 0; index = source.IndexOf('}', index + 1))
            {
                yield return source.Remove(index, 1);
            }

            for (var lineIndex = 0; lineIndex < lines.Length; lineIndex++)
            {
                var line = lines[lineIndex];
                if (!TypedNames.Any(name => line.Contains(name, StringComparison.Ordinal)))
                {
                    continue;
                }

                for (var cut = 0; cut < line.Length; cut++)
                {
                    if (char.IsPunctuation(line[cut]) || char.IsSymbol(line[cut]))
                    {
                        var typedSoFar = line.Substring(0, cut + 1);
                        yield return string.Join("\n", lines.Take(lineIndex).Append(typedSoFar).Concat(lines.Skip(lineIndex + 1)));
                    }
                }
            }
        }

        /// <summary>Each distinct variant of the source (markup removed) on which an analyzer threw, with what it threw; shortest first.</summary>
        internal static async Task<IReadOnlyList<string>> FailuresAsync(string source, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var text = RuleSources.WithoutMarkup(source);
            var references = await RuleSources.ReferencesAsync().ConfigureAwait(false);

            // One empty compilation per source: each variant adds its tree to it and so shares its bound references.
            var empty = CSharpCompilation.Create(
                "HalfTyped",
                references: references,
                options: new CSharpCompilationOptions(RuleSources.OutputKindFor(text), nullableContextOptions: NullableContextOptions.Enable));
            _ = empty.GetSpecialType(SpecialType.System_Object);
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var failures = new ConcurrentBag<string>();
            await Parallel.ForEachAsync(
                Variants(text).Distinct(StringComparer.Ordinal),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                async (variant, cancellationToken) =>
                {
                    var exceptions = new ConcurrentQueue<string>();
                    var options = new CompilationWithAnalyzersOptions(
                        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                        onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
                        concurrentAnalysis: false,
                        logAnalyzerExecutionTime: false);
                    var tree = CSharpSyntaxTree.ParseText(variant, parseOptions, path: "/0/Test0.cs", cancellationToken: cancellationToken);
                    var diagnostics = await empty.AddSyntaxTrees(tree)
                        .WithAnalyzers(analyzers, options)
                        .GetAnalyzerDiagnosticsAsync(cancellationToken)
                        .ConfigureAwait(false);
                    foreach (var crash in diagnostics.Where(diagnostic => diagnostic.Id == "AD0001"))
                    {
                        exceptions.Enqueue(crash.GetMessage());
                    }

                    if (!exceptions.IsEmpty)
                    {
                        failures.Add($"--- variant:\n{variant}\n--- threw:\n{string.Join("\n", exceptions)}");
                    }
                }).ConfigureAwait(false);
            return failures.OrderBy(failure => failure.Length).ThenBy(failure => failure, StringComparer.Ordinal).ToList();
        }

        // Two probes for the sweep itself, never shipped: no release tracking or extended analyzer rules apply.
#pragma warning disable RS1036, RS2008
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class ThrowsOnMissingArgumentAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new("HTS001", "Half-typed probe", "Half-typed probe", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(
                    c => _ = ((InvocationExpressionSyntax)c.Node).ArgumentList.Arguments[0].Expression.IsMissing,
                    SyntaxKind.InvocationExpression);
            }
        }

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class ToleratesMissingArgumentAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new("HTS002", "Half-typed probe", "Half-typed probe", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(
                    c => _ = ((InvocationExpressionSyntax)c.Node).ArgumentList.Arguments.FirstOrDefault()?.Expression.IsMissing,
                    SyntaxKind.InvocationExpression);
            }
        }
#pragma warning restore RS1036, RS2008
    }
}
