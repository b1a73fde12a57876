using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Sdk;

namespace BindNoPort.Tests.Verifiers
{
    /// <summary>The verifier must fail where a test is wrong; these show it does.</summary>
    public sealed class VerifierTests
    {
        private const string BindCall = @"
class C
{
    void Bind() { }
    void M()
    {
        [|Bind()|];
    }
}";

        private const string BindCallFixed = @"
class C
{
    void Bind() { }
    void M()
    {
    }
}";

        [Fact]
        public void MarkupYieldsSourceAndSpans()
        {
            var (source, expected) = Markup.Parse("a[|bc|]d{|X1:e|}");
            Assert.Equal("abcde", source);
            Assert.Equal(new[] { new ExpectedDiagnostic(null, new TextSpan(1, 2)), new ExpectedDiagnostic("X1", new TextSpan(4, 1)) }, expected);
        }

        [Fact]
        public void UnbalancedMarkupIsRejected()
        {
            Assert.Throws<FormatException>(() => Markup.Parse("a[|b"));
            Assert.Throws<FormatException>(() => Markup.Parse("a|]b"));
        }

        [Fact]
        public Task MarkedDiagnosticPasses() => Verify<BindCallAnalyzer>.AnalyzerAsync(BindCall);

        [Fact]
        public Task NamedIdMarkupPasses() => Verify<BindCallAnalyzer>.AnalyzerAsync(BindCall.Replace("[|", "{|TST001:").Replace("|]", "|}"));

        [Fact]
        public Task UnmarkedDiagnosticFails() =>
            Assert.ThrowsAsync<XunitException>(() => Verify<BindCallAnalyzer>.AnalyzerAsync(BindCall.Replace("[|", string.Empty).Replace("|]", string.Empty)));

        [Fact]
        public Task WrongIdFails() =>
            Assert.ThrowsAsync<XunitException>(() => Verify<BindCallAnalyzer>.AnalyzerAsync(BindCall.Replace("[|", "{|TST002:").Replace("|]", "|}")));

        [Fact]
        public Task CompilerErrorFails() =>
            Assert.ThrowsAsync<XunitException>(() => Verify<BindCallAnalyzer>.AnalyzerAsync("class C { void M() { undefined(); } }"));

        [Fact]
        public Task MarkedCompilerErrorPasses() =>
            Verify<BindCallAnalyzer>.AnalyzerAsync("class C { void M() { {|CS0103:undefined|}(); } }");

        [Fact]
        public async Task AnalyzerExceptionFails()
        {
            var failure = await Assert.ThrowsAsync<XunitException>(() => Verify<ThrowingAnalyzer>.AnalyzerAsync("class C { }"));
            Assert.Contains("AD0001", failure.Message);
        }

        [Fact]
        public Task PragmaSuppressionIsHonoured() => Verify<BindCallAnalyzer>.AnalyzerAsync(@"
class C
{
    void Bind() { }
    void M()
    {
#pragma warning disable TST001
        Bind();
#pragma warning restore TST001
    }
}");

        [Fact]
        public Task EditorConfigSeverityNoneSilences() => Verify<BindCallAnalyzer>.AnalyzerAsync(
            BindCall.Replace("[|", string.Empty).Replace("|]", string.Empty),
            new TestOptions { EditorConfig = "[*.cs]\ndotnet_diagnostic.TST001.severity = none" });

        [Fact]
        public Task FixIsAppliedOneByOneAndByFixAll() =>
            Verify<BindCallAnalyzer, RemoveBindCallFix>.CodeFixAsync(
                BindCall.Replace("[|Bind()|];", "[|Bind()|];\n        [|Bind()|];"), BindCallFixed);

        [Fact]
        public Task WrongFixedSourceFails() =>
            Assert.ThrowsAsync<XunitException>(() => Verify<BindCallAnalyzer, RemoveBindCallFix>.CodeFixAsync(BindCall, BindCall.Replace("[|", string.Empty).Replace("|]", string.Empty)));

        [Fact]
        public Task WrongEquivalenceKeyFails() =>
            Assert.ThrowsAsync<XunitException>(() => Verify<BindCallAnalyzer, RemoveBindCallFix>.CodeFixAsync(BindCall, BindCallFixed, equivalenceKey: "Other"));

        [Fact]
        public async Task FixWithoutFixAllFails()
        {
            var failure = await Assert.ThrowsAsync<XunitException>(() => Verify<BindCallAnalyzer, RemoveBindCallWithoutFixAll>.CodeFixAsync(BindCall, BindCallFixed));
            Assert.Contains("FixAllProvider", failure.Message);
        }

        [Fact]
        public Task FixThatBreaksCompilationFails() =>
            Assert.ThrowsAsync<XunitException>(() => Verify<BindCallAnalyzer, BreakingFix>.CodeFixAsync(BindCall, BindCallFixed.Replace("    {\n    }", "    {\n        Bind(;\n    }")));

        [Fact]
        public Task NoCodeFixFailsWhenAFixIsOffered() =>
            Assert.ThrowsAsync<XunitException>(() => Verify<BindCallAnalyzer, RemoveBindCallFix>.NoCodeFixAsync(BindCall));

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class BindCallAnalyzer : DiagnosticAnalyzer
        {
            internal static readonly DiagnosticDescriptor Rule = new("TST001", "Bind call", "Bind call", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(
                    c =>
                    {
                        var invocation = (InvocationExpressionSyntax)c.Node;
                        if (invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "Bind" })
                        {
                            c.ReportDiagnostic(Diagnostic.Create(Rule, invocation.GetLocation()));
                        }
                    },
                    SyntaxKind.InvocationExpression);
            }
        }

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class ThrowingAnalyzer : DiagnosticAnalyzer
        {
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(BindCallAnalyzer.Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("analyzer bug"), SyntaxKind.ClassDeclaration);
            }
        }

        [ExportCodeFixProvider(LanguageNames.CSharp), Shared]
        public class RemoveBindCallFix : CodeFixProvider
        {
            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TST001");

            public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

            public override async Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var statement = root!.FindNode(context.Diagnostics[0].Location.SourceSpan).FirstAncestorOrSelf<StatementSyntax>()!;
                context.RegisterCodeFix(
                    CodeAction.Create("Remove", _ => Task.FromResult(context.Document.WithSyntaxRoot(Rewrite(root, statement))), equivalenceKey: "Remove"),
                    context.Diagnostics);
            }

            protected virtual SyntaxNode Rewrite(SyntaxNode root, StatementSyntax statement) =>
                root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        public sealed class RemoveBindCallWithoutFixAll : RemoveBindCallFix
        {
            public override FixAllProvider? GetFixAllProvider() => null;
        }

        public sealed class BreakingFix : RemoveBindCallFix
        {
            protected override SyntaxNode Rewrite(SyntaxNode root, StatementSyntax statement) =>
                root.ReplaceNode(statement, SyntaxFactory.ParseStatement("Bind(;").WithTriviaFrom(statement));
        }
    }
}
