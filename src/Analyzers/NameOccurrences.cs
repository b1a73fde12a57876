using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// The places a file names a member, found through its text rather than by walking every syntax node: the search
    /// costs a few string scans, and only the hits are turned into nodes.
    /// </summary>
    internal static class NameOccurrences
    {
        /// <summary>The invocations whose invoked name is <paramref name="name"/>: <c>x.Name(...)</c>, <c>x?.Name(...)</c>, <c>Name(...)</c>.</summary>
        public static IEnumerable<InvocationExpressionSyntax> Invocations(SyntaxTree tree, string name, CancellationToken cancellationToken)
        {
            foreach (var simpleName in SimpleNames(tree, name, cancellationToken))
            {
                var invoked = simpleName.Parent switch
                {
                    MemberAccessExpressionSyntax access when access.Name == simpleName => access,
                    MemberBindingExpressionSyntax binding when binding.Name == simpleName => binding,
                    _ => (ExpressionSyntax)simpleName,
                };
                if (invoked.Parent is InvocationExpressionSyntax invocation && invocation.Expression == invoked)
                {
                    yield return invocation;
                }
            }
        }

        /// <summary>The assignments to a member named <paramref name="name"/> through an access: <c>x.Name = ...</c>, <c>x.Name += ...</c>.</summary>
        public static IEnumerable<AssignmentExpressionSyntax> AssignmentsTo(SyntaxTree tree, string name, CancellationToken cancellationToken)
        {
            foreach (var simpleName in SimpleNames(tree, name, cancellationToken))
            {
                if (simpleName.Parent is MemberAccessExpressionSyntax access && access.Name == simpleName
                    && access.Parent is AssignmentExpressionSyntax assignment && assignment.Left == access)
                {
                    yield return assignment;
                }
            }
        }

        private static IEnumerable<SimpleNameSyntax> SimpleNames(SyntaxTree tree, string name, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken).ToString();
            var index = text.IndexOf(name, StringComparison.Ordinal);
            if (index < 0)
            {
                yield break;
            }

            var root = tree.GetRoot(cancellationToken);
            for (; index >= 0; index = text.IndexOf(name, index + name.Length, StringComparison.Ordinal))
            {
                var token = root.FindToken(index);
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.SpanStart == index && token.ValueText == name && token.Parent is SimpleNameSyntax simpleName)
                {
                    yield return simpleName;
                }
            }
        }
    }
}
