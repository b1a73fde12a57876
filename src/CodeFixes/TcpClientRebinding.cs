using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// <c>new TcpClient(localEndPoint)</c> rewritten to bind after the option: the client created unbound with the
    /// endpoint's address family, then the option, then <c>client.Client.Bind(localEndPoint)</c>, right after the
    /// declaration or assignment that holds the client (or first in a using statement's block).
    /// </summary>
    internal sealed class TcpClientRebinding
    {
        private readonly ArgumentListSyntax _arguments;
        private readonly ExpressionSyntax _addressFamily;
        private readonly Action<SyntaxEditor, StatementSyntax[]> _insert;

        private TcpClientRebinding(ArgumentListSyntax arguments, ExpressionSyntax addressFamily, ExpressionSyntax client, StatementSyntax anchor, Action<SyntaxEditor, StatementSyntax[]> insert)
        {
            _arguments = arguments;
            _addressFamily = addressFamily;
            _insert = insert;
            Socket = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, client, SyntaxFactory.IdentifierName("Client"));
            Anchor = anchor;
        }

        /// <summary><c>client.Client</c>, the socket the option and the Bind are set on.</summary>
        public ExpressionSyntax Socket { get; }

        /// <summary>The statement that creates the client; the option and the Bind go after it.</summary>
        public StatementSyntax Anchor { get; }

        /// <summary>The rewrite, when the creation stands where statements can follow it and its endpoint can be read twice.</summary>
        public static TcpClientRebinding? Of(BaseObjectCreationExpressionSyntax creation)
        {
            if (creation.ArgumentList is not { Arguments.Count: 1 } arguments || AddressFamilyOf(arguments.Arguments[0].Expression) is not { } family)
            {
                return null;
            }

            return Declared(creation) is { } declared ? new TcpClientRebinding(arguments, family, declared.Client, declared.Anchor, declared.Insert) : null;
        }

        /// <summary>Creates the client unbound and puts <paramref name="option"/>, then the Bind, after its creation.</summary>
        public void Apply(SyntaxEditor editor, StatementSyntax option)
        {
            var localEndPoint = _arguments.Arguments[0].Expression;
            var bind = SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Socket, SyntaxFactory.IdentifierName("Bind")),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(localEndPoint.WithoutTrivia())))))
                .WithAdditionalAnnotations(Formatter.Annotation);
            editor.ReplaceNode(_arguments, _arguments.WithArguments(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(_addressFamily))));
            _insert(editor, new[] { option, bind });
        }

        // The endpoint is read twice (family, then Bind): a repeatable endpoint, or new IPEndPoint(address, port) with a repeatable address.
        private static ExpressionSyntax? AddressFamilyOf(ExpressionSyntax localEndPoint)
        {
            var familySource = localEndPoint switch
            {
                _ when StatementPlacement.IsRepeatable(localEndPoint) => localEndPoint,
                BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 2 } arguments }
                    when StatementPlacement.IsRepeatable(arguments[0].Expression) => arguments[0].Expression,
                _ => null,
            };
            return familySource is null
                ? null
                : SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, familySource.WithoutTrivia(), SyntaxFactory.IdentifierName("AddressFamily"));
        }

        // The client the TcpClient is stored in, and where the statements that bind it go.
        private static (ExpressionSyntax Client, StatementSyntax Anchor, Action<SyntaxEditor, StatementSyntax[]> Insert)? Declared(BaseObjectCreationExpressionSyntax creation)
        {
            switch (creation.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                    when declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1 } declaration:
                    var client = SyntaxFactory.IdentifierName(declarator.Identifier.WithoutTrivia());
                    if (declaration.Parent is LocalDeclarationStatementSyntax declarationStatement && StatementPlacement.IsInList(declarationStatement))
                    {
                        return (client, declarationStatement, (editor, statements) => StatementPlacement.InsertAfter(editor, declarationStatement, statements));
                    }

                    if (declaration.Parent is UsingStatementSyntax { Statement: BlockSyntax { Statements.Count: > 0 } body } usingStatement)
                    {
                        return (client, usingStatement, (editor, statements) => StatementPlacement.InsertBefore(editor, body.Statements[0], statements));
                    }

                    return null;
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                    when assignment.Right == creation
                        && StatementPlacement.IsRepeatable(assignment.Left)
                        && StatementPlacement.ExpressionStatementInList(assignment) is { } assignmentStatement:
                    return (assignment.Left.WithoutTrivia(), assignmentStatement, (editor, statements) => StatementPlacement.InsertAfter(editor, assignmentStatement, statements));
                default:
                    return null;
            }
        }
    }
}
