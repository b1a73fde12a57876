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
                || TargetNodes.Find<InvocationExpressionSyntax>(document.NodeAt(diagnostic.Location)) is not { } option)
            {
                return Enumerable.Empty<FixOffer>();
            }

            var bound = document.NodeAt(diagnostic.AdditionalLocations[0]);
            return DiagnosticContract.BindFormOf(diagnostic) == BindForm.TcpClientConstructor
                ? AfterConstructor(document, option, bound)
                : AfterBind(document, option, bound);
        }

        // A TcpClient bound by its constructor has no Bind to move above: it is created unbound and bound after the option.
        private static IEnumerable<FixOffer> AfterConstructor(FixingDocument document, InvocationExpressionSyntax option, SyntaxNode bound)
        {
            if (TargetNodes.Find<BaseObjectCreationExpressionSyntax>(bound) is not { } creation
                || TcpClientRebinding.Of(creation) is not { } rebinding)
            {
                yield break;
            }

            var anchor = StatementPlacement.ListItem(rebinding.Anchor);
            var optionStatement = option.Ancestors().OfType<StatementSyntax>().FirstOrDefault(statement => IsLaterInTheSameList(statement, anchor, rebinding.Anchor));
            if (optionStatement is null || !NothingBetweenChangesWhatItReads(document.SemanticModel, optionStatement, rebinding.Anchor))
            {
                yield break;
            }

            yield return new FixOffer(
                "Create the TcpClient unbound, set IP_BIND_ADDRESS_NO_PORT, then Bind",
                EquivalenceKeys.MoveOptionBeforeBind,
                () =>
                {
                    if (document.Claim(optionStatement) && document.Claim(creation))
                    {
                        StatementPlacement.Remove(document.Editor, optionStatement);
                        rebinding.Apply(document.Editor, optionStatement.WithAdditionalAnnotations(Formatter.Annotation));
                    }
                });
        }

        private static IEnumerable<FixOffer> AfterBind(FixingDocument document, InvocationExpressionSyntax option, SyntaxNode bound)
        {
            if (TargetNodes.Find<InvocationExpressionSyntax>(bound) is not { } bind
                || StatementPlacement.ExpressionStatementInList(bind) is not { } bindStatement)
            {
                yield break;
            }

            var bindItem = StatementPlacement.ListItem(bindStatement);
            var optionStatement = option.Ancestors().OfType<StatementSyntax>()
                .FirstOrDefault(statement => StatementPlacement.ListItem(statement).Parent == bindItem.Parent && statement != bindStatement);
            if (optionStatement is null
                || StatementPlacement.ListItem(optionStatement).SpanStart < bindItem.SpanStart
                || !CanMoveBefore(document.SemanticModel, optionStatement, bindStatement)
                || IsBoundAgainInALoop(document.SemanticModel, bind, bindStatement))
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

        // In a loop around the Bind, a socket made before the loop is bound again in the next iteration, after the option
        // moved above this Bind: the option would still follow a Bind, so the move would fix nothing.
        private static bool IsBoundAgainInALoop(SemanticModel model, InvocationExpressionSyntax bind, StatementSyntax bindStatement)
        {
            var loop = bindStatement.Ancestors().FirstOrDefault(ancestor => ancestor is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax);
            if (loop is null)
            {
                return false;
            }

            return !(BindFixes.Receiver(bind) is { } socket
                && model.GetSymbolInfo(socket).Symbol is ILocalSymbol local
                && local.DeclaringSyntaxReferences.Any(reference => loop.Span.Contains(reference.Span)));
        }

        // The option after the creation: in the creation's own list, or first in a using statement's block.
        private static bool IsLaterInTheSameList(StatementSyntax statement, SyntaxNode anchorItem, StatementSyntax anchor)
        {
            var item = StatementPlacement.ListItem(statement);
            if (anchor is UsingStatementSyntax { Statement: BlockSyntax body })
            {
                return item.Parent == body;
            }

            return item.Parent == anchorItem.Parent && item.SpanStart > anchorItem.SpanStart;
        }

        // The statements from the creation to the option, which it moves up past, neither declare nor assign what it reads.
        private static bool NothingBetweenChangesWhatItReads(SemanticModel model, StatementSyntax optionStatement, StatementSyntax anchor)
        {
            var item = StatementPlacement.ListItem(optionStatement);
            var first = anchor is UsingStatementSyntax { Statement: BlockSyntax body } ? body.Statements[0] : NextStatement(anchor);
            return first is null || ReferenceEquals(StatementPlacement.ListItem(first), item) || CanMoveBefore(model, optionStatement, first);
        }

        private static StatementSyntax? NextStatement(StatementSyntax statement)
        {
            var item = StatementPlacement.ListItem(statement);
            var next = item.Parent!.ChildNodes().SkipWhile(child => child != item).Skip(1).FirstOrDefault();
            return next is GlobalStatementSyntax globalStatement ? globalStatement.Statement : next as StatementSyntax;
        }

        private static StatementSyntax PreviousStatement(StatementSyntax statement)
        {
            var item = StatementPlacement.ListItem(statement);
            var previous = item.Parent!.ChildNodes().TakeWhile(child => child != item).Last();
            return previous is GlobalStatementSyntax globalStatement ? globalStatement.Statement : (StatementSyntax)previous;
        }
    }
}
