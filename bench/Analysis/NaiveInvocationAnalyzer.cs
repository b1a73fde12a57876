using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// The obvious way to write the rule: a callback on every invocation operation that checks for
    /// Socket.Bind. It does almost nothing per call, yet it makes the driver build an operation tree
    /// for every method body, which is what it costs.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NaiveInvocationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor SocketBind = new DiagnosticDescriptor(
            "BENCH001", "Socket.Bind called", "Socket.Bind called", "Bench", DiagnosticSeverity.Info, isEnabledByDefault: true);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(SocketBind);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var method = ((IInvocationOperation)context.Operation).TargetMethod;
            if (method.Name == "Bind" && method.ContainingType.Name == "Socket")
            {
                context.ReportDiagnostic(Diagnostic.Create(SocketBind, context.Operation.Syntax.GetLocation()));
            }
        }
    }
}
