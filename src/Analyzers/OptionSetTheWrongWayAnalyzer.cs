using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// BNP003: Socket.SetSocketOption asked for IP_BIND_ADDRESS_NO_PORT by number, or for
    /// SocketOptionName.ReuseUnicastPort where Linux runs; both throw "Operation not supported" there.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OptionSetTheWrongWayAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.BNP003OptionSetTheWrongWay);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = RequiredSymbols.TryCreate(start.Compilation);
                if (symbols is null)
                {
                    return;
                }

                // One callback per file, not one per invocation of the compilation: most files never name SetSocketOption,
                // and in those that do only the calls of that name are looked at.
                start.RegisterSemanticModelAction(model => AnalyzeFile(model, symbols));
            });
        }

        private static void AnalyzeFile(SemanticModelAnalysisContext context, RequiredSymbols symbols)
        {
            if (symbols.NameOf(SocketCall.SetSocketOption) is not string name)
            {
                return;
            }

            foreach (var invocation in NameOccurrences.Invocations(context.SemanticModel.SyntaxTree, name, context.CancellationToken))
            {
                AnalyzeInvocation(context, invocation, symbols);
            }
        }

        private static void AnalyzeInvocation(SemanticModelAnalysisContext context, InvocationExpressionSyntax invocation, RequiredSymbols symbols)
        {
            if (context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation
                || symbols.CallOf(operation.TargetMethod) != SocketCall.SetSocketOption
                || symbols.SocketOptionLevel is null
                || symbols.SocketOptionName is null)
            {
                return;
            }

            var level = ConstantArgument(operation, symbols.SocketOptionLevel);
            var name = ConstantArgument(operation, symbols.SocketOptionName);
            if (name is null)
            {
                return;
            }

            if (level == SocketOptionNumbers.LevelIP && name == SocketOptionNumbers.BindAddressNoPort)
            {
                Report(context, invocation, DiagnosticContract.IpBindAddressNoPort, "SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, ...)");
            }
            else if (name == symbols.ReuseUnicastPortValue
                && !OffLinuxGuards.RunsOffLinuxOnly(invocation, context.SemanticModel, symbols, context.CancellationToken))
            {
                Report(context, invocation, DiagnosticContract.ReuseUnicastPort, "SetSocketOption with SocketOptionName.ReuseUnicastPort outside a Windows guard");
            }
        }

        private static void Report(SemanticModelAnalysisContext context, InvocationExpressionSyntax invocation, string option, string callDescription)
        {
            var properties = DiagnosticContract.ForOption(option);
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.BNP003OptionSetTheWrongWay,
                invocation.GetLocation(),
                properties,
                callDescription));
        }

        private static int? ConstantArgument(IInvocationOperation operation, INamedTypeSymbol parameterType)
        {
            foreach (var argument in operation.Arguments)
            {
                if (argument.Parameter is { } parameter
                    && SymbolEqualityComparer.Default.Equals(parameter.Type, parameterType)
                    && argument.Value.ConstantValue is { HasValue: true, Value: { } value })
                {
                    return value is int number ? number : null;
                }
            }

            return null;
        }
    }
}
