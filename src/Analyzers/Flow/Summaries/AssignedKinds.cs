using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// What kind of socket a value given to a member is, and whether it comes with the option set: a creation, a
    /// conditional of creations, a factory's return, or a constructor's parameter, followed through the this(...) and
    /// base(...) calls that pass it down the chain.
    /// </summary>
    internal sealed class AssignedKinds
    {
        // Constructors handing a socket down a class hierarchy: each step reads one initializer, so a long chain is cheap.
        // Channel libraries go public ctor -> this(...) -> internal ctor -> base(...) -> base(...) -> the field.
        private const int ConstructorDepth = 8;

        private readonly FlowEnvironment _environment;
        private readonly TypeChain _chain;
        private readonly CancellationToken _cancellationToken;

        public AssignedKinds(FlowEnvironment environment, TypeChain chain, CancellationToken cancellationToken)
        {
            _environment = environment;
            _chain = chain;
            _cancellationToken = cancellationToken;
        }

        /// <summary>The value's facts; null for null and default, which give no socket.</summary>
        public ValueFacts? Of(IOperation value) => Of(value, ConstructorDepth);

        private ValueFacts? Of(IOperation value, int depth)
        {
            var symbols = _environment.Symbols;
            var operation = Operations.Unwrap(value);
            switch (operation)
            {
                case var _ when Operations.IsNull(operation):
                    return null;
                case IObjectCreationOperation creation:
                    return new ValueFacts(
                        symbols.IsSocket(creation.Type) ? SocketCreations.Of(creation, _environment, _cancellationToken) : symbols.IsTcpClient(creation.Type) ? SocketKind.Tcp : SocketKind.Unknown,
                        deferred: false);
                case IConditionalOperation { WhenFalse: not null } conditional:
                    return ValueFacts.Join(Of(conditional.WhenTrue, depth), Of(conditional.WhenFalse, depth));
                case ISwitchExpressionOperation switchExpression:
                    return switchExpression.Arms.Select(arm => Of(arm.Value, depth)).Aggregate((ValueFacts?)null, ValueFacts.Join);
                case IInvocationOperation call when symbols.CallOf(call.TargetMethod) == SocketCall.BoundTcpClientCreate:
                    return new ValueFacts(SocketKind.Tcp, deferred: true);
                case IInvocationOperation call when symbols.CallOf(call.TargetMethod) == SocketCall.ListedBoundSocketFactory:
                    return new ValueFacts(SocketKind.Tcp, deferred: false);
                case IInvocationOperation call:
                    return _environment.Facts.SummaryOf(call.TargetMethod, _cancellationToken)?.Returned is { Exit.Origin: SocketOrigin.Created } returned
                        ? new ValueFacts(returned.Exit.Kind, returned.Exit.Deferred)
                        : ValueFacts.Unknown;
                case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter:
                    return ParameterFacts(constructor, parameter.Parameter, depth);
                default:
                    return ValueFacts.Unknown;
            }
        }

        // A constructor parameter holds what its callers pass: this(...) in the same type, base(...) in the type below.
        // Outside callers (new T(...) anywhere, a subclass's base(...)) are not seen. A constructor of the most derived
        // type that others can call therefore gives an unknown socket, unless the type's own constructors pass it TCP
        // sockets: a class that makes TCP sockets for itself is a TCP class, and one that also takes a socket takes that kind.
        private ValueFacts ParameterFacts(IMethodSymbol constructor, IParameterSymbol parameter, int depth)
        {
            var type = constructor.ContainingType;
            if (depth == 0)
            {
                return ValueFacts.Unknown;
            }

            var openToOthers = _chain.IsMostDerived(type) && constructor.DeclaredAccessibility != Accessibility.Private;

            ValueFacts? facts = null;
            var callers = 0;
            foreach (var caller in new[] { type, _chain.DerivedFrom(type) }.OfType<INamedTypeSymbol>().SelectMany(candidate => candidate.InstanceConstructors))
            {
                if (ConstructorInitializers.Of(caller, _environment, _cancellationToken) is IInvocationOperation initializer
                    && SymbolEqualityComparer.Default.Equals(initializer.TargetMethod.OriginalDefinition, constructor.OriginalDefinition)
                    && Operations.ArgumentAt(initializer, parameter.Ordinal) is IOperation argument)
                {
                    callers++;
                    facts = ValueFacts.Join(facts, Of(argument, depth - 1));
                }
            }

            if (openToOthers)
            {
                return facts is { Kind: SocketKind.Tcp } ? facts : ValueFacts.Unknown;
            }

            return callers == 0 ? ValueFacts.Unknown : facts ?? ValueFacts.Unknown;
        }
    }
}
