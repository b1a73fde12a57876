using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// Where statements go that a fix puts before, or in place of, a call that returns nothing (Bind, SetSocketOption):
    /// a statement list, an embedded statement (given braces), or an expression body (made a block body). Those are all
    /// the places such a call can stand, so the fix always finds room; a conditional access (<c>socket?.Bind(...)</c>)
    /// is the one it leaves alone, since its socket may be null there.
    /// </summary>
    internal sealed class VoidCallPlacement
    {
        private readonly ExpressionSyntax _call;

        private VoidCallPlacement(ExpressionSyntax call)
        {
            _call = call;
        }

        /// <summary>Where the call stands: <paramref name="call"/> is the invocation, or the conditional access around it.</summary>
        public static VoidCallPlacement? Of(ExpressionSyntax call) => call.Parent switch
        {
            ExpressionStatementSyntax or LambdaExpressionSyntax => new VoidCallPlacement(call),
            ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or ConstructorDeclarationSyntax } => new VoidCallPlacement(call),
            _ => null,
        };

        /// <summary>Puts <paramref name="statements"/> right before the call.</summary>
        public void InsertBefore(SyntaxEditor editor, params StatementSyntax[] statements) => Place(editor, statements, keepCall: true);

        /// <summary>Puts <paramref name="statements"/> where the call's statement was.</summary>
        public void Replace(SyntaxEditor editor, params StatementSyntax[] statements) => Place(editor, statements, keepCall: false);

        private void Place(SyntaxEditor editor, StatementSyntax[] statements, bool keepCall)
        {
            switch (_call.Parent)
            {
                case ExpressionStatementSyntax statement when StatementPlacement.IsInList(statement) && keepCall:
                    StatementPlacement.InsertBefore(editor, statement, statements);
                    break;
                case ExpressionStatementSyntax statement when StatementPlacement.IsInList(statement):
                    // The first statement takes the call's place, with what stood above it; the rest follow it.
                    // The call's own indentation is dropped: the formatter indents the first statement's comment.
                    var above = statement.GetLeadingTrivia();
                    if (above.LastOrDefault().IsKind(SyntaxKind.WhitespaceTrivia))
                    {
                        above = above.RemoveAt(above.Count - 1);
                    }

                    var first = statements[0]
                        .WithLeadingTrivia(above.AddRange(statements[0].GetLeadingTrivia()))
                        .WithTrailingTrivia(statement.GetTrailingTrivia());
                    editor.ReplaceNode(statement, first);
                    if (statements.Length > 1)
                    {
                        StatementPlacement.InsertAfter(editor, statement, statements.Skip(1).ToArray());
                    }

                    break;
                case ExpressionStatementSyntax statement:
                    // An embedded statement (if, else, a loop body) gets braces: a bare if could take the enclosing if's else.
                    editor.ReplaceNode(statement, Block(statement.WithoutTrivia(), statements, keepCall).WithTriviaFrom(statement));
                    break;
                case ArrowExpressionClauseSyntax arrow when arrow.Parent is SyntaxNode owner:
                    editor.ReplaceNode(owner, (current, _) => WithBlockBody(current, Block(SyntaxFactory.ExpressionStatement(_call.WithoutTrivia()), statements, keepCall)));
                    break;
                case LambdaExpressionSyntax lambda:
                    editor.ReplaceNode(lambda, (current, _) => ((LambdaExpressionSyntax)current)
                        .WithExpressionBody(null)
                        .WithBlock(Block(SyntaxFactory.ExpressionStatement(_call.WithoutTrivia()), statements, keepCall)));
                    break;
            }
        }

        private static BlockSyntax Block(StatementSyntax call, StatementSyntax[] statements, bool keepCall)
        {
            var body = keepCall ? SyntaxFactory.List(statements).Add(call) : SyntaxFactory.List(statements);
            return SyntaxFactory.Block(body).WithAdditionalAnnotations(Formatter.Annotation);
        }

        // The member keeps its signature; its expression body becomes a block with the same call in it.
        private static SyntaxNode WithBlockBody(SyntaxNode owner, BlockSyntax body) => owner switch
        {
            MethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body.WithTrailingTrivia(method.SemicolonToken.TrailingTrivia)),
            LocalFunctionStatementSyntax function => function.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body.WithTrailingTrivia(function.SemicolonToken.TrailingTrivia)),
            AccessorDeclarationSyntax accessor => accessor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body.WithTrailingTrivia(accessor.SemicolonToken.TrailingTrivia)),
            ConstructorDeclarationSyntax constructor => constructor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body.WithTrailingTrivia(constructor.SemicolonToken.TrailingTrivia)),
            _ => owner,
        };
    }
}
