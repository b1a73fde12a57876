using System.Collections.Generic;
using System.Linq;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace BindNoPort.CodeFixes
{
    /// <summary>The fixes for a <c>socket.Bind(endPoint)</c> that reserves an ephemeral port (BNP001, and BNP002 on <c>client.Client</c>).</summary>
    internal static class BindFixes
    {
        /// <param name="document">The document being fixed.</param>
        /// <param name="bind">The call that binds.</param>
        /// <param name="diagnostic">The diagnostic on it.</param>
        /// <param name="listedSocket">
        /// For a method another assembly's configuration lists as binding (not Socket.Bind): the socket it is given. The
        /// call then stays, with the option set before it.
        /// </param>
        public static IEnumerable<FixOffer> ForBind(FixingDocument document, InvocationExpressionSyntax bind, Diagnostic diagnostic, ExpressionSyntax? listedSocket = null)
        {
            var placement = VoidCallPlacement.Of(bind);
            var socket = listedSocket ?? Receiver(bind);
            if (listedSocket is null && document.Capabilities.HasBindForConnect)
            {
                yield return new FixOffer(
                    "Bind with BindForConnect (IP_BIND_ADDRESS_NO_PORT first)",
                    EquivalenceKeys.SetOptionBeforeBind,
                    () =>
                    {
                        if (document.Claim(bind))
                        {
                            ReplaceWithBindForConnect(document, bind);
                        }
                    });
            }
            else if (document.Capabilities.CanSetOptionInline && placement is not null && socket is not null && StatementPlacement.IsRepeatable(socket))
            {
                yield return new FixOffer(
                    "Set IP_BIND_ADDRESS_NO_PORT before Bind",
                    EquivalenceKeys.SetOptionBeforeBind,
                    () =>
                    {
                        if (!document.Claim(bind))
                        {
                            return;
                        }

                        if (document.CallsHelper)
                        {
                            placement.InsertBefore(document.Editor, document.Helper!.DeferPortToConnectStatement(socket));
                            document.CalledHelper();
                        }
                        else
                        {
                            placement.InsertBefore(document.Editor, document.Syntax.SetNoPortOptionOnLinux(socket));
                            document.ImportFrameworkNamespaces();
                            document.WroteOptionBlock();
                        }
                    });
            }

            var statement = StatementPlacement.ExpressionStatementInList(bind);
            if (statement is not null && listedSocket is null && DiagnosticContract.IsWildcardWithPortZero(diagnostic))
            {
                yield return new FixOffer(
                    "Remove the Bind: Connect picks the address and port itself",
                    EquivalenceKeys.RemoveWildcardBind,
                    () =>
                    {
                        if (document.Claim(bind))
                        {
                            StatementPlacement.Remove(document.Editor, statement);
                        }
                    });
            }
        }

        /// <summary>The socket a member call is made on; <c>this</c> for a call from inside a Socket subclass; null for <c>socket?.Call()</c>.</summary>
        public static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation)
        {
            return invocation.Expression switch
            {
                MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } memberAccess => memberAccess.Expression,
                IdentifierNameSyntax => SyntaxFactory.ThisExpression(),
                _ => null,
            };
        }

        // BindForConnect(EndPoint) takes the same endpoint; an argument name is dropped since the parameter's differs.
        private static void ReplaceWithBindForConnect(FixingDocument document, InvocationExpressionSyntax bind)
        {
            var name = SyntaxFactory.IdentifierName("BindForConnect");
            ExpressionSyntax target = bind.Expression switch
            {
                MemberAccessExpressionSyntax memberAccess => memberAccess.WithName(name.WithTriviaFrom(memberAccess.Name)),
                MemberBindingExpressionSyntax memberBinding => memberBinding.WithName(name.WithTriviaFrom(memberBinding.Name)),
                var other => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ThisExpression(), name)
                    .WithTriviaFrom(other),
            };
            var arguments = SyntaxFactory.SeparatedList(
                bind.ArgumentList.Arguments.Select(argument => argument.WithNameColon(null).WithTriviaFrom(argument)),
                bind.ArgumentList.Arguments.GetSeparators());
            document.Editor.ReplaceNode(
                bind,
                bind.WithExpression(target).WithArgumentList(bind.ArgumentList.WithArguments(arguments)).WithAdditionalAnnotations(Formatter.Annotation));
            document.ImportRuntimeNamespace();
        }
    }
}
