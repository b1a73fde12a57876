using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The <c>this(...)</c> or <c>base(...)</c> call of a constructor, which hands its arguments down a class hierarchy.</summary>
    internal static class ConstructorInitializers
    {
        /// <summary>The call written after the constructor's parameters; null when it has none written, or is not in this compilation.</summary>
        public static IInvocationOperation? Of(IMethodSymbol constructor, FlowEnvironment environment, CancellationToken cancellationToken)
        {
            if (constructor.DeclaringSyntaxReferences.Length != 1
                || constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not ConstructorDeclarationSyntax { Initializer: { } initializer })
            {
                return null;
            }

            return environment.ModelFor(initializer.SyntaxTree).GetOperation(initializer, cancellationToken) switch
            {
                IInvocationOperation invocation => invocation,
                IExpressionStatementOperation { Operation: IInvocationOperation invocation } => invocation,
                _ => null,
            };
        }
    }
}
