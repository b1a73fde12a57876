using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// BNP004: moves the statement that sets the option to just before the Bind, when both are in the
    /// same statement list and nothing the option statement reads is declared or assigned in between.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OptionSetAfterBindCodeFixProvider))]
    public sealed class OptionSetAfterBindCodeFixProvider : DocumentFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.OptionSetAfterBind);

        internal override IEnumerable<FixOffer> GetOffers(FixingDocument document, Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || TargetNodes.Find<InvocationExpressionSyntax>(document.NodeAt(diagnostic.Location)) is not { } option
                || TargetNodes.Find<InvocationExpressionSyntax>(document.NodeAt(diagnostic.AdditionalLocations[0])) is not { } bind
                || StatementPlacement.ExpressionStatementInList(bind) is not { } bindStatement)
            {
                yield break;
            }

            var bindItem = StatementPlacement.ListItem(bindStatement);
            var optionStatement = option.Ancestors().OfType<StatementSyntax>()
                .FirstOrDefault(statement => StatementPlacement.ListItem(statement).Parent == bindItem.Parent && statement != bindStatement);
            if (optionStatement is null
                || StatementPlacement.ListItem(optionStatement).SpanStart < bindItem.SpanStart
                || !CanMoveBefore(document.SemanticModel, optionStatement, bindStatement))
            {
                yield break;
            }

            yield return new FixOffer(
                "Set IP_BIND_ADDRESS_NO_PORT before Bind",
                EquivalenceKeys.MoveOptionBeforeBind,
                () =>
                {
                    if (document.Claim(optionStatement))
                    {
                        StatementPlacement.Remove(document.Editor, optionStatement);
                        StatementPlacement.InsertBefore(document.Editor, bindStatement, optionStatement.WithAdditionalAnnotations(Formatter.Annotation));
                    }
                });
        }

        // Moving up past the statements from the Bind on is safe when none of them declares or assigns what the option statement reads.
        private static bool CanMoveBefore(SemanticModel model, StatementSyntax optionStatement, StatementSyntax bindStatement)
        {
            var optionFlow = model.AnalyzeDataFlow(optionStatement);
            var passedOver = model.AnalyzeDataFlow(bindStatement, PreviousStatement(optionStatement));
            if (optionFlow is not { Succeeded: true } || passedOver is not { Succeeded: true })
            {
                return false;
            }

            var used = optionFlow.ReadInside.Concat(optionFlow.WrittenInside).ToImmutableHashSet(SymbolEqualityComparer.Default);
            return !passedOver.VariablesDeclared.Concat(passedOver.WrittenInside).Any(used.Contains);
        }

        private static StatementSyntax PreviousStatement(StatementSyntax statement)
        {
            var item = StatementPlacement.ListItem(statement);
            var previous = item.Parent!.ChildNodes().TakeWhile(child => child != item).Last();
            return previous is GlobalStatementSyntax globalStatement ? globalStatement.Statement : (StatementSyntax)previous;
        }
    }
}
