using System.Linq;
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

        /// <summary>
        /// Whether the body of <paramref name="method"/>, its lambdas and local functions included, binds a socket itself
        /// other than a listener's: a bind followed, in the same block, by Listen on the same field, property, local or
        /// parameter makes a server's socket, which no caller can connect.
        /// </summary>
        public static bool OfAClientIn(IMethodSymbol method, FlowEnvironment environment, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                var body = environment.ModelFor(declaration.SyntaxTree).GetOperation(declaration, cancellationToken);
                foreach (var operation in body?.DescendantsAndSelf() ?? Enumerable.Empty<IOperation>())
                {
                    if (IsBind(operation, environment.Symbols) && !IsListenedOnNext(operation, environment.Symbols))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Listen, unconditionally after the bind: a later statement of the bind's own block.
        private static bool IsListenedOnNext(IOperation bind, RequiredSymbols symbols)
        {
            if (SocketCallReceiver(bind, symbols, SocketCall.Bind) is not ISymbol receiver
                || bind.Parent is not IExpressionStatementOperation statement
                || statement.Parent is not IBlockOperation block)
            {
                return false;
            }

            var after = false;
            foreach (var next in block.Operations)
            {
                if (after
                    && next is IExpressionStatementOperation { Operation: IInvocationOperation { TargetMethod.Name: "Listen" } call }
                    && SymbolEqualityComparer.Default.Equals(SocketCallReceiver(call, symbols, SocketCall.Server), receiver))
                {
                    return true;
                }

                after |= next == statement;
            }

            return false;
        }

        // The variable, or member of this object or static, a Socket call of this kind is made on; null for any other
        // operation or receiver (another object's member may be another socket).
        private static ISymbol? SocketCallReceiver(IOperation operation, RequiredSymbols symbols, SocketCall kind) =>
            operation is IInvocationOperation { Instance: IOperation instance } invocation && symbols.CallOf(invocation.TargetMethod) == kind
                ? Operations.Unwrap(instance) switch
                {
                    IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
                    IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property => property.Property,
                    ILocalReferenceOperation local => local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    _ => null,
                }
                : null;
    }
}
