using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// BNP006: a ServicePoint.BindIPEndPointDelegate that can return an endpoint with port 0, or one
    /// whose port the code does not show. HttpWebRequest binds each new connection to what the
    /// delegate returns, then connects, without IP_BIND_ADDRESS_NO_PORT (KERNEL-FACTS N8).
    /// </summary>
    /// <remarks>
    /// Silent when every return is null or an IPEndPoint with a constant non-zero port, when the
    /// ServicePoint is read straight from SmtpClient or FtpWebRequest (neither calls the delegate on
    /// .NET), and when the delegate is removed (<c>-=</c>, <c>= null</c>). The diagnostic is on the
    /// assigned property; its additional location, when the body is visible, is the worst return.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BindIPEndPointDelegateAnalyzer : DiagnosticAnalyzer
    {
        private const string PropertyName = "BindIPEndPointDelegate";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.BNP006BindIPEndPointDelegate);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = ServicePointSymbols.TryCreate(start.Compilation);
                if (symbols is null)
                {
                    return;
                }

                start.RegisterSemanticModelAction(model => AnalyzeFile(model, symbols));
            });
        }

        private static void AnalyzeFile(SemanticModelAnalysisContext context, ServicePointSymbols symbols)
        {
            // Almost no file names the property: a text search spares them all binding, and finds the assignments in the rest.
            foreach (var assignment in NameOccurrences.AssignmentsTo(context.SemanticModel.SyntaxTree, PropertyName, context.CancellationToken))
            {
                AnalyzeAssignment(context, assignment, symbols);
            }
        }

        private static void AnalyzeAssignment(SemanticModelAnalysisContext context, AssignmentExpressionSyntax syntax, ServicePointSymbols symbols)
        {
            var (target, value) = context.SemanticModel.GetOperation(syntax, context.CancellationToken) switch
            {
                ISimpleAssignmentOperation assignment => (assignment.Target, assignment.Value),
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } combination => (combination.Target, combination.Value),
                _ => (null, null),
            };
            if (target is not IPropertyReferenceOperation property
                || value is null
                || !SymbolEqualityComparer.Default.Equals(property.Property.OriginalDefinition, symbols.BindIPEndPointDelegate)
                || (property.Instance is IPropertyReferenceOperation owner && symbols.IsServicePointThatIgnoresTheDelegate(owner.Property)))
            {
                return;
            }

            var assigned = AssignedDelegate.Read(value, context.SemanticModel, context.CancellationToken);
            if (assigned is null)
            {
                return;
            }

            var worst = assigned.Body is null
                ? new ReturnedEndPoint(ReturnedPort.Unknown, null)
                : ReturnedEndPoints.Worst(assigned.Body, symbols);
            if (worst.Port is ReturnedPort.Zero or ReturnedPort.Unknown)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.BNP006BindIPEndPointDelegate,
                    syntax.Left.GetLocation(),
                    worst.Syntax is null ? null : new[] { worst.Syntax.GetLocation() },
                    assigned.Description,
                    worst.Port == ReturnedPort.Zero ? "an endpoint with port 0" : "an endpoint whose port is not known"));
            }
        }

        /// <summary>The delegate assigned, as the message names it, and its body when this file holds it.</summary>
        private sealed class AssignedDelegate
        {
            private AssignedDelegate(string description, IOperation? body)
            {
                Description = description;
                Body = body;
            }

            public string Description { get; }

            public IOperation? Body { get; }

            /// <summary>Null when nothing is assigned that binds: null itself, or code too broken to read.</summary>
            public static AssignedDelegate? Read(IOperation value, SemanticModel model, CancellationToken cancellationToken)
            {
                while (value is IConversionOperation or IDelegateCreationOperation)
                {
                    value = value is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)value).Target;
                }

                return value switch
                {
                    { ConstantValue: { HasValue: true, Value: null } } or IInvalidOperation => null,
                    IAnonymousFunctionOperation function => new AssignedDelegate(
                        function.Syntax is AnonymousMethodExpressionSyntax ? "This anonymous method" : "This lambda",
                        function.Body),
                    IMethodReferenceOperation reference => new AssignedDelegate(
                        (reference.Method.MethodKind == MethodKind.LocalFunction ? "Local function '" : "Method '") + reference.Method.Name + "'",
                        BodyInThisFile(reference.Method, model, cancellationToken)),
                    _ => new AssignedDelegate("'" + value.Syntax + "'", null),
                };
            }

            private static IOperation? BodyInThisFile(IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
            {
                foreach (var reference in method.OriginalDefinition.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree != model.SyntaxTree)
                    {
                        continue;
                    }

                    switch (model.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken))
                    {
                        case ILocalFunctionOperation localFunction when (localFunction.Body ?? localFunction.IgnoredBody) is { } body:
                            return body;
                        case IMethodBodyOperation methodBody when (methodBody.BlockBody ?? methodBody.ExpressionBody) is { } body:
                            return body;
                    }
                }

                return null;
            }
        }
    }
}
