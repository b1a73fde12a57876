using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// BNP002: <c>new TcpClient(localEndPoint)</c> becomes <c>BoundTcpClient.Create(localEndPoint)</c>, or an unbound
    /// TcpClient of the endpoint's family, the option, then <c>client.Client.Bind(localEndPoint)</c> (after the declaration,
    /// or first in a using statement's block);
    /// <c>client.Client.Bind(endPoint)</c> is fixed as BNP001 fixes a Bind.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TcpClientBindBeforeConnectCodeFixProvider))]
    public sealed class TcpClientBindBeforeConnectCodeFixProvider : DocumentFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.TcpClientBindBeforeConnect);

        internal override IEnumerable<FixOffer> GetOffers(FixingDocument document, Diagnostic diagnostic)
        {
            var node = document.NodeAt(diagnostic.Location);

            // A bind inside a helper method is left alone.
            return DiagnosticContract.BindFormOf(diagnostic) switch
            {
                BindForm.TcpClientConstructor when TargetNodes.Find<BaseObjectCreationExpressionSyntax>(node) is { } creation => ForCreation(document, creation),
                BindForm.TcpClientSocketBind when TargetNodes.Find<InvocationExpressionSyntax>(node) is { } bind => BindFixes.ForBind(document, bind, diagnostic),
                _ => Enumerable.Empty<FixOffer>(),
            };
        }

        private static IEnumerable<FixOffer> ForCreation(FixingDocument document, BaseObjectCreationExpressionSyntax creation)
        {
            if (creation.ArgumentList is not { Arguments.Count: 1 } argumentList
                || document.SemanticModel.GetSymbolInfo(creation).Symbol is not IMethodSymbol { ContainingType: { } type } constructor
                || type.ToDisplayString() != "System.Net.Sockets.TcpClient"
                || constructor.Parameters.Length != 1
                || constructor.Parameters[0].Type.ToDisplayString() != "System.Net.IPEndPoint")
            {
                yield break;
            }

            var localEndPoint = argumentList.Arguments[0].Expression;
            if (document.Capabilities.HasBoundTcpClient)
            {
                yield return new FixOffer(
                    "Create with BoundTcpClient.Create (IP_BIND_ADDRESS_NO_PORT before Bind)",
                    EquivalenceKeys.SetOptionBeforeBind,
                    () =>
                    {
                        if (document.Claim(creation))
                        {
                            ReplaceWithBoundTcpClient(document, creation, localEndPoint);
                        }
                    });
                yield break;
            }

            if (!document.Capabilities.CanSetOptionInline
                || AddressFamilyOf(localEndPoint) is not { } addressFamily
                || DeclaredClient(creation) is not { } declared)
            {
                yield break;
            }

            yield return new FixOffer(
                "Create the TcpClient unbound, set IP_BIND_ADDRESS_NO_PORT, then Bind",
                EquivalenceKeys.SetOptionBeforeBind,
                () =>
                {
                    if (!document.Claim(creation))
                    {
                        return;
                    }

                    var socket = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, declared.Client, SyntaxFactory.IdentifierName("Client"));
                    var bind = SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(
                            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, socket, SyntaxFactory.IdentifierName("Bind")),
                            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(localEndPoint.WithoutTrivia())))))
                        .WithAdditionalAnnotations(Formatter.Annotation);
                    document.Editor.ReplaceNode(
                        argumentList,
                        argumentList.WithArguments(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(addressFamily))));
                    declared.Insert(document.Editor, new[] { document.Syntax.SetNoPortOptionOnLinux(socket), bind });
                });
        }

        private static void ReplaceWithBoundTcpClient(FixingDocument document, BaseObjectCreationExpressionSyntax creation, ExpressionSyntax localEndPoint)
        {
            var create = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SyntaxFactory.ParseExpression("BindNoPort.BoundTcpClient").WithAdditionalAnnotations(Simplifier.Annotation),
                    SyntaxFactory.IdentifierName("Create")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(localEndPoint.WithoutTrivia()))));
            document.Editor.ReplaceNode(creation, create.WithTriviaFrom(creation));
            document.ImportRuntimeNamespace();
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
        private static (ExpressionSyntax Client, Action<SyntaxEditor, StatementSyntax[]> Insert)? DeclaredClient(BaseObjectCreationExpressionSyntax creation)
        {
            switch (creation.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                    when declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1 } declaration:
                    var client = SyntaxFactory.IdentifierName(declarator.Identifier.WithoutTrivia());
                    if (declaration.Parent is LocalDeclarationStatementSyntax declarationStatement && StatementPlacement.IsInList(declarationStatement))
                    {
                        return (client, (editor, statements) => StatementPlacement.InsertAfter(editor, declarationStatement, statements));
                    }

                    if (declaration.Parent is UsingStatementSyntax { Statement: BlockSyntax { Statements.Count: > 0 } body })
                    {
                        return (client, (editor, statements) => StatementPlacement.InsertBefore(editor, body.Statements[0], statements));
                    }

                    return null;
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                    when assignment.Right == creation
                        && StatementPlacement.IsRepeatable(assignment.Left)
                        && StatementPlacement.ExpressionStatementInList(assignment) is { } assignmentStatement:
                    return (assignment.Left.WithoutTrivia(), (editor, statements) => StatementPlacement.InsertAfter(editor, assignmentStatement, statements));
                default:
                    return null;
            }
        }
    }
}
