using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The operations that bind a socket where they are written: Socket.Bind, BindForConnect, <c>new TcpClient(IPEndPoint)</c>, a configured library method that binds or returns a bound socket.</summary>
    internal static class DirectBinds
    {
        /// <summary>Whether the operation binds; a call of Bind left unresolved by a missing reference counts.</summary>
        public static bool IsBind(IOperation operation, RequiredSymbols symbols) => operation switch
        {
            IInvocationOperation invocation => symbols.CallOf(invocation.TargetMethod) is SocketCall.Bind or SocketCall.BindForConnect or SocketCall.ListedBoundSocketFactory,
            IObjectCreationOperation { Constructor: IMethodSymbol constructor } => SymbolEqualityComparer.Default.Equals(constructor, symbols.TcpClientBindingConstructor),
            IInvalidOperation { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Bind" } } } => true,
            _ => false,
        };

        /// <summary>
        /// Whether the body of <paramref name="method"/>, its lambdas and local functions included, binds a socket itself
        /// other than a listener's or one not TCP: a bind followed, in the same block, by Listen on the same field,
        /// property, local or parameter makes a server's socket, and one the body itself makes UDP (or another kind than
        /// TCP) is not a client's TCP socket either; no caller can connect one as such.
        /// </summary>
        public static bool OfAClientIn(IMethodSymbol method, FlowEnvironment environment, CancellationToken cancellationToken)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(cancellationToken);
                var body = environment.ModelFor(declaration.SyntaxTree).GetOperation(declaration, cancellationToken);
                foreach (var operation in body?.DescendantsAndSelf() ?? Enumerable.Empty<IOperation>())
                {
                    if (IsBind(operation, environment.Symbols) && !IsListenedOnNext(operation, environment.Symbols)
                        && !IsMadeNotTcpIn(body!, operation, environment, cancellationToken))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Every socket the body puts in the bind's receiver is not TCP: made there, or returned by a factory of the
        // compilation whose every return makes one (a virtual CreateSocket of a UDP client).
        private static bool IsMadeNotTcpIn(IOperation body, IOperation bind, FlowEnvironment environment, CancellationToken cancellationToken)
        {
            if (SocketCallReceiver(bind, environment.Symbols, SocketCall.Bind) is not ISymbol receiver)
            {
                return false;
            }

            var values = body.DescendantsAndSelf().Select(operation => operation switch
            {
                ISimpleAssignmentOperation assignment when SymbolEqualityComparer.Default.Equals(Named(assignment.Target), receiver) => assignment.Value,
                IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, receiver) => declarator.Initializer?.Value,
                _ => null,
            }).OfType<IOperation>().ToList();
            return values.Count > 0 && values.All(value => KindMadeBy(value, environment, cancellationToken, followFactory: true) == SocketKind.NotTcp);
        }

        private static SocketKind KindMadeBy(IOperation value, FlowEnvironment environment, CancellationToken cancellationToken, bool followFactory) => Operations.Unwrap(value) switch
        {
            IObjectCreationOperation creation when environment.Symbols.IsSocket(creation.Type) => SocketCreations.Of(creation, environment, cancellationToken),
            IInvocationOperation { TargetMethod: var factory } when followFactory && environment.Symbols.IsInCompilation(factory) => KindReturnedBy(factory, environment, cancellationToken),
            _ => SocketKind.Unknown,
        };

        private static SocketKind KindReturnedBy(IMethodSymbol factory, FlowEnvironment environment, CancellationToken cancellationToken)
        {
            var kinds = factory.OriginalDefinition.DeclaringSyntaxReferences
                .Select(reference => reference.GetSyntax(cancellationToken))
                .Select(declaration => environment.ModelFor(declaration.SyntaxTree).GetOperation(declaration, cancellationToken))
                .SelectMany(body => body?.DescendantsAndSelf().OfType<IReturnOperation>() ?? Enumerable.Empty<IReturnOperation>())
                .Select(returned => returned.ReturnedValue is IOperation value ? KindMadeBy(value, environment, cancellationToken, followFactory: false) : SocketKind.Unknown)
                .Distinct()
                .ToList();
            return kinds.Count == 1 ? kinds[0] : SocketKind.Unknown;
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
            operation is IInvocationOperation { Instance: IOperation instance } invocation && symbols.CallOf(invocation.TargetMethod) == kind ? Named(instance) : null;

        private static ISymbol? Named(IOperation reference) => Operations.Unwrap(reference) switch
        {
            IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
            IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property => property.Property,
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
    }
}
