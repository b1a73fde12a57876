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
        private const string SetSocketOptionName = "SetSocketOption";

        // IP_BIND_ADDRESS_NO_PORT at SOL_IP (KERNEL-FACTS K3); SocketOptionLevel.IP is 0 as well.
        private const int IpLevel = 0;
        private const int IpBindAddressNoPortValue = 24;

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

                // One callback per file, not one per invocation of the compilation: most files never name SetSocketOption.
                start.RegisterSemanticModelAction(model => AnalyzeFile(model, symbols));
            });
        }

        private static void AnalyzeFile(SemanticModelAnalysisContext context, RequiredSymbols symbols)
        {
            var tree = context.SemanticModel.SyntaxTree;
            if (tree.GetText(context.CancellationToken).ToString().IndexOf(SetSocketOptionName, StringComparison.Ordinal) < 0)
            {
                return;
            }

            foreach (var invocation in tree.GetRoot(context.CancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (InvokedName(invocation) == SetSocketOptionName)
                {
                    AnalyzeInvocation(context, invocation, symbols);
                }
            }
        }

        private static void AnalyzeInvocation(SemanticModelAnalysisContext context, InvocationExpressionSyntax invocation, RequiredSymbols symbols)
        {

            if (context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation
                || operation.TargetMethod.Name != SetSocketOptionName
                || !SymbolEqualityComparer.Default.Equals(operation.TargetMethod.ContainingType, symbols.Socket))
            {
                return;
            }

            var level = ConstantArgument(operation, symbols.SocketOptionLevel);
            var name = ConstantArgument(operation, symbols.SocketOptionName);
            if (name is null)
            {
                return;
            }

            if (level == IpLevel && name == IpBindAddressNoPortValue)
            {
                Report(context, invocation, DiagnosticContract.IpBindAddressNoPort, "SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, ...)");
            }
            else if (name == symbols.ReuseUnicastPortValue
                && !IsWindowsOnly(invocation, context.SemanticModel, symbols, context.CancellationToken))
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

        private static string? InvokedName(InvocationExpressionSyntax invocation)
        {
            return invocation.Expression switch
            {
                MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
                MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
                SimpleNameSyntax simpleName => simpleName.Identifier.ValueText,
                _ => null,
            };
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

        // Windows-only code: inside a branch that runs only on Windows, after an early exit taken
        // everywhere else, or in a member or type marked [SupportedOSPlatform("windows...")].
        private static bool IsWindowsOnly(SyntaxNode node, SemanticModel model, RequiredSymbols symbols, CancellationToken cancellationToken)
        {
            SyntaxNode child = node;
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case IfStatementSyntax ifStatement when ifStatement.Statement == child
                        && TrueMeansWindows(ifStatement.Condition, model, symbols, cancellationToken):
                        return true;
                    case ElseClauseSyntax elseClause when elseClause.Parent is IfStatementSyntax elseOf
                        && FalseMeansWindows(elseOf.Condition, model, symbols, cancellationToken):
                        return true;
                    case ConditionalExpressionSyntax conditional
                        when (conditional.WhenTrue == child && TrueMeansWindows(conditional.Condition, model, symbols, cancellationToken))
                          || (conditional.WhenFalse == child && FalseMeansWindows(conditional.Condition, model, symbols, cancellationToken)):
                        return true;
                    case BlockSyntax block when child is StatementSyntax statement
                        && FollowsNonWindowsExit(block.Statements, statement, model, symbols, cancellationToken):
                        return true;
                    case SwitchSectionSyntax section when child is StatementSyntax statement
                        && FollowsNonWindowsExit(section.Statements, statement, model, symbols, cancellationToken):
                        return true;
                    case GlobalStatementSyntax globalStatement when globalStatement.Parent is CompilationUnitSyntax unit
                        && FollowsNonWindowsExit(unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement), globalStatement.Statement, model, symbols, cancellationToken):
                        return true;
                    case LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
                        when IsMarkedWindowsOnly(model.GetDeclaredSymbol(ancestor, cancellationToken) ?? model.GetSymbolInfo(ancestor, cancellationToken).Symbol, symbols):
                        return true;
                    case BaseTypeDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax or EventDeclarationSyntax
                        when IsMarkedWindowsOnly(model.GetDeclaredSymbol(ancestor, cancellationToken), symbols):
                        return true;
                }

                child = ancestor;
            }

            return IsMarkedWindowsOnly(model.Compilation.Assembly, symbols);
        }

        private static bool FollowsNonWindowsExit(
            IEnumerable<StatementSyntax> statements,
            StatementSyntax statement,
            SemanticModel model,
            RequiredSymbols symbols,
            CancellationToken cancellationToken)
        {
            foreach (var earlier in statements)
            {
                if (earlier == statement)
                {
                    return false;
                }

                if (earlier is IfStatementSyntax { Else: null } exit
                    && AlwaysExits(exit.Statement)
                    && FalseMeansWindows(exit.Condition, model, symbols, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AlwaysExits(StatementSyntax statement)
        {
            return statement switch
            {
                ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax => true,
                ExpressionStatementSyntax { Expression: ThrowExpressionSyntax } => true,
                BlockSyntax block => block.Statements.LastOrDefault() is { } last && AlwaysExits(last),
                _ => false,
            };
        }

        private static bool TrueMeansWindows(ExpressionSyntax condition, SemanticModel model, RequiredSymbols symbols, CancellationToken cancellationToken)
        {
            return condition switch
            {
                ParenthesizedExpressionSyntax parenthesized => TrueMeansWindows(parenthesized.Expression, model, symbols, cancellationToken),
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and
                    => TrueMeansWindows(and.Left, model, symbols, cancellationToken) || TrueMeansWindows(and.Right, model, symbols, cancellationToken),
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not
                    => FalseMeansWindows(not.Operand, model, symbols, cancellationToken),
                InvocationExpressionSyntax invocation => IsWindowsCheck(invocation, model, symbols, cancellationToken),
                _ => false,
            };
        }

        private static bool FalseMeansWindows(ExpressionSyntax condition, SemanticModel model, RequiredSymbols symbols, CancellationToken cancellationToken)
        {
            return condition switch
            {
                ParenthesizedExpressionSyntax parenthesized => FalseMeansWindows(parenthesized.Expression, model, symbols, cancellationToken),
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or
                    => FalseMeansWindows(or.Left, model, symbols, cancellationToken) || FalseMeansWindows(or.Right, model, symbols, cancellationToken),
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not
                    => TrueMeansWindows(not.Operand, model, symbols, cancellationToken),
                _ => false,
            };
        }

        private static bool IsWindowsCheck(InvocationExpressionSyntax invocation, SemanticModel model, RequiredSymbols symbols, CancellationToken cancellationToken)
        {
            if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.OperatingSystem))
            {
                return method.Name is "IsWindows" or "IsWindowsVersionAtLeast";
            }

            return method.Name == "IsOSPlatform"
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.RuntimeInformation)
                && invocation.ArgumentList.Arguments.Count == 1
                && model.GetSymbolInfo(invocation.ArgumentList.Arguments[0].Expression, cancellationToken).Symbol is IPropertySymbol { Name: "Windows" } platform
                && SymbolEqualityComparer.Default.Equals(platform.ContainingType, symbols.OSPlatform);
        }

        // Only Windows when every SupportedOSPlatform the symbol carries names Windows.
        private static bool IsMarkedWindowsOnly(ISymbol? symbol, RequiredSymbols symbols)
        {
            if (symbol is null || symbols.SupportedOSPlatformAttribute is null)
            {
                return false;
            }

            var platforms = symbol.GetAttributes()
                .Where(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.SupportedOSPlatformAttribute))
                .Select(attribute => attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null)
                .ToList();
            return platforms.Count > 0
                && platforms.All(platform => platform is not null && platform.StartsWith("windows", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The types BNP003 needs, resolved once per compilation.</summary>
        private sealed class RequiredSymbols
        {
            private RequiredSymbols(
                INamedTypeSymbol socket,
                INamedTypeSymbol socketOptionLevel,
                INamedTypeSymbol socketOptionName,
                int? reuseUnicastPortValue,
                Compilation compilation)
            {
                Socket = socket;
                SocketOptionLevel = socketOptionLevel;
                SocketOptionName = socketOptionName;
                ReuseUnicastPortValue = reuseUnicastPortValue;
                OperatingSystem = compilation.GetTypeByMetadataName("System.OperatingSystem");
                RuntimeInformation = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.RuntimeInformation");
                OSPlatform = compilation.GetTypeByMetadataName("System.Runtime.InteropServices.OSPlatform");
                SupportedOSPlatformAttribute = compilation.GetTypeByMetadataName("System.Runtime.Versioning.SupportedOSPlatformAttribute");
            }

            public INamedTypeSymbol Socket { get; }

            public INamedTypeSymbol SocketOptionLevel { get; }

            public INamedTypeSymbol SocketOptionName { get; }

            public int? ReuseUnicastPortValue { get; }

            public INamedTypeSymbol? OperatingSystem { get; }

            public INamedTypeSymbol? RuntimeInformation { get; }

            public INamedTypeSymbol? OSPlatform { get; }

            public INamedTypeSymbol? SupportedOSPlatformAttribute { get; }

            public static RequiredSymbols? TryCreate(Compilation compilation)
            {
                var socket = compilation.GetTypeByMetadataName("System.Net.Sockets.Socket");
                var level = compilation.GetTypeByMetadataName("System.Net.Sockets.SocketOptionLevel");
                var name = compilation.GetTypeByMetadataName("System.Net.Sockets.SocketOptionName");
                if (socket is null || level is null || name is null)
                {
                    return null;
                }

                var reuseUnicastPort = name.GetMembers("ReuseUnicastPort").OfType<IFieldSymbol>().FirstOrDefault();
                var reuseUnicastPortValue = reuseUnicastPort?.ConstantValue is int value ? value : (int?)null;
                return new RequiredSymbols(socket, level, name, reuseUnicastPortValue, compilation);
            }
        }
    }
}
