using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The operations that bind a socket where they are written: Socket.Bind, BindForConnect, <c>new TcpClient(IPEndPoint)</c>.</summary>
    internal static class DirectBinds
    {
        /// <summary>Whether the operation binds; a call of Bind left unresolved by a missing reference counts.</summary>
        public static bool IsBind(IOperation operation, RequiredSymbols symbols) => operation switch
        {
            IInvocationOperation invocation => symbols.CallOf(invocation.TargetMethod) is SocketCall.Bind or SocketCall.BindForConnect,
            IObjectCreationOperation { Constructor: IMethodSymbol constructor } => SymbolEqualityComparer.Default.Equals(constructor, symbols.TcpClientBindingConstructor),
            IInvalidOperation { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Bind" } } } => true,
            _ => false,
        };

        /// <summary>Whether the body of <paramref name="method"/>, its lambdas and local functions included, binds a socket itself.</summary>
        public static bool In(IMethodSymbol method, FlowEnvironment environment, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                var body = environment.ModelFor(declaration.SyntaxTree).GetOperation(declaration, cancellationToken);
                foreach (var operation in body?.DescendantsAndSelf() ?? System.Linq.Enumerable.Empty<IOperation>())
                {
                    if (IsBind(operation, environment.Symbols))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
