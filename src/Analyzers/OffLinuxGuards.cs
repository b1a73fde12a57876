using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// Whether code runs only where Linux does not (on Windows, or past a false Linux check), read from the syntax around
    /// it (the checks themselves are <see cref="PlatformChecks"/>'), so BNP003 leaves alone a ReuseUnicastPort that never
    /// runs on Linux.
    /// </summary>
    internal static class OffLinuxGuards
    {
        // Code off Linux: inside a branch that runs only on Windows or only where the Linux check was false, after an
        // early exit taken on Linux, or in a member or type marked [SupportedOSPlatform("windows...")].
        public static bool RunsOffLinuxOnly(SyntaxNode node, SemanticModel model, RequiredSymbols symbols, CancellationToken cancellationToken)
        {
            SyntaxNode child = node;
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case IfStatementSyntax ifStatement when ifStatement.Statement == child
                        && TrueMeansOffLinux(ifStatement.Condition, model, symbols, cancellationToken):
                        return true;
                    case ElseClauseSyntax elseClause when elseClause.Parent is IfStatementSyntax elseOf
                        && FalseMeansOffLinux(elseOf.Condition, model, symbols, cancellationToken):
                        return true;
                    case ConditionalExpressionSyntax conditional
                        when (conditional.WhenTrue == child && TrueMeansOffLinux(conditional.Condition, model, symbols, cancellationToken))
                          || (conditional.WhenFalse == child && FalseMeansOffLinux(conditional.Condition, model, symbols, cancellationToken)):
                        return true;
                    case BlockSyntax block when child is StatementSyntax statement
                        && FollowsLinuxExit(block.Statements, statement, model, symbols, cancellationToken):
                        return true;
                    case SwitchSectionSyntax section when child is StatementSyntax statement
                        && FollowsLinuxExit(section.Statements, statement, model, symbols, cancellationToken):
                        return true;
                    case GlobalStatementSyntax globalStatement when globalStatement.Parent is CompilationUnitSyntax unit
                        && FollowsLinuxExit(unit.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement), globalStatement.Statement, model, symbols, cancellationToken):
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

        private static bool FollowsLinuxExit(
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
                    && FalseMeansOffLinux(exit.Condition, model, symbols, cancellationToken))
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

        private static bool TrueMeansOffLinux(ExpressionSyntax condition, SemanticModel model, RequiredSymbols symbols, CancellationToken cancellationToken)
        {
            return condition switch
            {
                ParenthesizedExpressionSyntax parenthesized => TrueMeansOffLinux(parenthesized.Expression, model, symbols, cancellationToken),
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and
                    => TrueMeansOffLinux(and.Left, model, symbols, cancellationToken) || TrueMeansOffLinux(and.Right, model, symbols, cancellationToken),
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not
                    => FalseMeansOffLinux(not.Operand, model, symbols, cancellationToken),
                InvocationExpressionSyntax invocation => PlatformOf(invocation, model, symbols, cancellationToken) is "Windows" or "OSX" or "FreeBSD",
                _ => false,
            };
        }

        private static bool FalseMeansOffLinux(ExpressionSyntax condition, SemanticModel model, RequiredSymbols symbols, CancellationToken cancellationToken)
        {
            return condition switch
            {
                ParenthesizedExpressionSyntax parenthesized => FalseMeansOffLinux(parenthesized.Expression, model, symbols, cancellationToken),
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or
                    => FalseMeansOffLinux(or.Left, model, symbols, cancellationToken) || FalseMeansOffLinux(or.Right, model, symbols, cancellationToken),
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not
                    => TrueMeansOffLinux(not.Operand, model, symbols, cancellationToken),
                InvocationExpressionSyntax invocation => PlatformOf(invocation, model, symbols, cancellationToken) == "Linux",
                _ => false,
            };
        }

        private static string? PlatformOf(InvocationExpressionSyntax invocation, SemanticModel model, RequiredSymbols symbols, CancellationToken cancellationToken) =>
            model.GetOperation(invocation, cancellationToken) is IOperation operation ? PlatformChecks.PlatformOf(operation, symbols) : null;

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
    }
}
