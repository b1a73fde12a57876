using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// What the lambdas and local functions of one graph do with its sockets. A lambda, or a local function used as a
    /// delegate, runs at a time the graph does not know: a socket it binds, sets an option on or hands on is not
    /// tracked here, and a connect inside counts where the lambda is created (retry policies, Task.Run). A local
    /// function that is only called directly runs at each call, so the call applies its summary.
    /// </summary>
    internal sealed class NestedCode
    {
        private readonly HashSet<ISymbol> _handled = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IMethodSymbol, ImmutableArray<IInvocationOperation>> _connects =
            new Dictionary<IMethodSymbol, ImmutableArray<IInvocationOperation>>(SymbolEqualityComparer.Default);

        private readonly HashSet<IMethodSymbol> _calledOnly = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

        private NestedCode()
        {
        }

        public static NestedCode Collect(IOperation root, RequiredSymbols symbols)
        {
            var nested = new NestedCode();
            var delegates = new HashSet<IMethodSymbol>(
                root.Descendants().OfType<IMethodReferenceOperation>().Select(reference => reference.Method.OriginalDefinition),
                SymbolEqualityComparer.Default);
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IAnonymousFunctionOperation lambda:
                        nested.Collect(lambda.Symbol, lambda, symbols);
                        break;
                    case ILocalFunctionOperation localFunction when delegates.Contains(localFunction.Symbol):
                        nested.Collect(localFunction.Symbol, localFunction, symbols);
                        break;
                    case ILocalFunctionOperation localFunction:
                        nested._calledOnly.Add(localFunction.Symbol);
                        break;
                }
            }

            return nested;
        }

        /// <summary>The locals, parameters and members a lambda or a delegate of this graph binds, sets an option on or hands on.</summary>
        public IEnumerable<ISymbol> Handled => _handled;

        /// <summary>Whether a lambda or a delegate of this graph binds, sets an option on or hands on this local, parameter or member.</summary>
        public bool IsHandledInNestedCode(ISymbol variable) => _handled.Contains(variable);

        /// <summary>The connects on this graph's sockets inside a lambda or delegate local function.</summary>
        public ImmutableArray<IInvocationOperation> ConnectsInside(IMethodSymbol function) =>
            _connects.TryGetValue(function.OriginalDefinition, out var connects) ? connects : ImmutableArray<IInvocationOperation>.Empty;

        /// <summary>Whether the local function is only ever called directly, never made a delegate.</summary>
        public bool IsCalledDirectlyOnly(IMethodSymbol localFunction) => _calledOnly.Contains(localFunction.OriginalDefinition);

        private void Collect(IMethodSymbol function, IOperation body, RequiredSymbols symbols)
        {
            var connects = ImmutableArray.CreateBuilder<IInvocationOperation>();
            foreach (var invocation in body.Descendants().OfType<IInvocationOperation>())
            {
                var call = symbols.CallOf(invocation.TargetMethod);
                if (call == SocketCall.Connect && invocation.Instance is not null)
                {
                    connects.Add(invocation);
                }

                if (call is SocketCall.Bind or SocketCall.SetRawSocketOption or SocketCall.SetSocketOption
                    && invocation.Instance is not null && RootVariable(invocation.Instance) is ISymbol receiver)
                {
                    _handled.Add(receiver);
                }

                if (call != SocketCall.None && invocation.Instance is not null)
                {
                    continue;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (symbols.IsTrackedType(argument.Value.Type) && RootVariable(argument.Value) is ISymbol handedOn)
                    {
                        _handled.Add(handedOn);
                    }
                }
            }

            _connects[function.OriginalDefinition] = connects.ToImmutable();
        }

        // The local, parameter, or member of this object the socket is reached from.
        private static ISymbol? RootVariable(IOperation operation)
        {
            for (var depth = 0; depth < 16; depth++)
            {
                switch (Operations.Unwrap(operation))
                {
                    case ILocalReferenceOperation local:
                        return local.Local;
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter;
                    case IMemberReferenceOperation { Instance: IOperation instance } when !SocketKeys.IsThis(instance):
                        operation = instance;
                        break;
                    case IMemberReferenceOperation member:
                        return member.Member;
                    default:
                        return null;
                }
            }

            return null;
        }
    }
}
