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
            // A helper that binds is fixed inside, at its bind, which fixes every caller; when it is in this document.
            var (form, location) = DiagnosticContract.InnerBindLocation(diagnostic) is { } inner
                ? (DiagnosticContract.InnerBindFormOf(diagnostic), inner)
                : (DiagnosticContract.BindFormOf(diagnostic), diagnostic.Location);
            if (location.SourceTree != document.Root.SyntaxTree)
            {
                return Enumerable.Empty<FixOffer>();
            }

            var node = document.NodeAt(location);
            return form switch
            {
                BindForm.TcpClientConstructor when TargetNodes.Find<BaseObjectCreationExpressionSyntax>(node) is { } creation => ForCreation(document, creation),
                BindForm.TcpClientSocketBind or BindForm.SocketBind when TargetNodes.Find<InvocationExpressionSyntax>(node) is { } bind => BindFixes.ForBind(document, bind, diagnostic),
                _ => Enumerable.Empty<FixOffer>(),
            };
        }

        private static IEnumerable<FixOffer> ForCreation(FixingDocument document, BaseObjectCreationExpressionSyntax creation)
        {
            if (creation.ArgumentList is not { Arguments.Count: 1 } argumentList)
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

            // The inline rewrite needs statements after the creation; anywhere else (a conditional, an argument, an
            // endpoint that cannot be read twice) the creation calls the project's helper, which any expression can.
            var rebinding = TcpClientRebinding.Of(creation);
            if (document.Helper is { } helper && (document.CallsHelper || rebinding is null))
            {
                yield return new FixOffer(
                    $"Create with {DeferralHelper.TypeName}.CreateBoundTcpClient (IP_BIND_ADDRESS_NO_PORT before Bind)",
                    EquivalenceKeys.SetOptionBeforeBind,
                    () =>
                    {
                        if (document.Claim(creation))
                        {
                            document.Editor.ReplaceNode(creation, helper.CreateBoundTcpClientCall(localEndPoint).WithTriviaFrom(creation));
                            document.CalledHelper();
                        }
                    });
                yield break;
            }

            if (!document.Capabilities.CanSetOptionInline || rebinding is null)
            {
                yield break;
            }

            yield return new FixOffer(
                "Create the TcpClient unbound, set IP_BIND_ADDRESS_NO_PORT, then Bind",
                EquivalenceKeys.SetOptionBeforeBind,
                () =>
                {
                    if (document.Claim(creation))
                    {
                        rebinding.Apply(document.Editor, document.Syntax.SetNoPortOptionOnLinux(rebinding.Socket));
                        document.ImportFrameworkNamespaces();
                        document.WroteOptionBlock();
                    }
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
    }
}
