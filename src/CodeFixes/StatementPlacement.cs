using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// Where statements can be added or moved: only in a statement list (a block, a switch section,
    /// top-level statements). An embedded statement or an expression-bodied lambda has no room for a
    /// second statement, so the fixes that need one are not offered there.
    /// </summary>
    internal static class StatementPlacement
    {
        /// <summary>The statement of <paramref name="expression"/> when it is a whole expression statement in a statement list.</summary>
        public static StatementSyntax? ExpressionStatementInList(ExpressionSyntax expression)
        {
            return expression.Parent is ExpressionStatementSyntax statement && IsInList(statement) ? statement : null;
        }

        public static bool IsInList(StatementSyntax statement)
        {
            return statement.Parent is BlockSyntax or SwitchSectionSyntax
                || statement.Parent is GlobalStatementSyntax { Parent: CompilationUnitSyntax };
        }

        /// <summary>The node that is the list's item: the statement, or its global statement at the top level.</summary>
        public static SyntaxNode ListItem(StatementSyntax statement)
        {
            return statement.Parent is GlobalStatementSyntax globalStatement ? globalStatement : statement;
        }

        /// <summary>
        /// Inserts the statements right above the anchor, as its own paragraph: blank lines that stood above the anchor
        /// go above them, while a comment above the anchor stays on it.
        /// </summary>
        public static void InsertBefore(SyntaxEditor editor, StatementSyntax anchor, params StatementSyntax[] statements)
        {
            var blankLines = LeadingBlankLineTrivia(anchor.GetLeadingTrivia());
            var inserted = (StatementSyntax[])statements.Clone();
            if (blankLines > 0)
            {
                inserted[0] = inserted[0].WithLeadingTrivia(anchor.GetLeadingTrivia().Take(blankLines).Concat(inserted[0].GetLeadingTrivia()));
                editor.ReplaceNode(anchor, (node, _) => node.WithLeadingTrivia(node.GetLeadingTrivia().Skip(blankLines)));
            }

            editor.InsertBefore(ListItem(anchor), AsListItems(anchor, inserted));
        }

        public static void InsertAfter(SyntaxEditor editor, StatementSyntax anchor, params StatementSyntax[] statements)
        {
            editor.InsertAfter(ListItem(anchor), AsListItems(anchor, statements));
        }

        public static void Remove(SyntaxEditor editor, StatementSyntax statement)
        {
            editor.RemoveNode(ListItem(statement));
        }

        /// <summary>Whether the expression can be written twice without changing what the code does: a local, a parameter, this, or a chain of member reads on them.</summary>
        public static bool IsRepeatable(ExpressionSyntax expression)
        {
            return expression switch
            {
                IdentifierNameSyntax or ThisExpressionSyntax => true,
                MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } memberAccess
                    => IsRepeatable(memberAccess.Expression),
                ParenthesizedExpressionSyntax parenthesized => IsRepeatable(parenthesized.Expression),
                PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed => IsRepeatable(suppressed.Operand),
                _ => false,
            };
        }

        // How many trivia at the start form whole blank lines: an end of line, optionally after whitespace.
        private static int LeadingBlankLineTrivia(SyntaxTriviaList leading)
        {
            var count = 0;
            while (true)
            {
                if (count < leading.Count && leading[count].IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    count++;
                }
                else if (count + 1 < leading.Count && leading[count].IsKind(SyntaxKind.WhitespaceTrivia) && leading[count + 1].IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    count += 2;
                }
                else
                {
                    return count;
                }
            }
        }

        private static SyntaxNode[] AsListItems(StatementSyntax anchor, StatementSyntax[] statements)
        {
            var items = new SyntaxNode[statements.Length];
            for (var i = 0; i < statements.Length; i++)
            {
                items[i] = anchor.Parent is GlobalStatementSyntax ? SyntaxFactory.GlobalStatement(statements[i]) : statements[i];
            }

            return items;
        }
    }
}
