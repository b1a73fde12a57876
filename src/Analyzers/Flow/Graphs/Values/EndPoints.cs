using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Reads the local endpoint a bind is given: its port, and whether its address is the wildcard.</summary>
    internal static class EndPoints
    {
        /// <param name="symbols">The compilation's symbols.</param>
        /// <param name="endPoint">The endpoint argument.</param>
        /// <param name="valueOf">The single value a local, a capture or a helper's parameter holds; null when not known.</param>
        public static EndPointFacts Classify(RequiredSymbols symbols, IOperation endPoint, Func<IOperation, IOperation?> valueOf)
        {
            var text = endPoint.Syntax.ToString();
            var operation = Follow(Operations.Unwrap(endPoint), valueOf);
            if (!TryReadCreation(symbols, operation, out var address, out var portArgument))
            {
                return new EndPointFacts(LocalPort.Unknown, 0, isWildcard: false, text, (operation as IParameterReferenceOperation)?.Parameter, SourceOf(operation));
            }

            var wildcard = address is not null && IsWildcardAddress(symbols, Follow(Operations.Unwrap(address), valueOf));
            var portValue = portArgument is null ? null : Follow(Operations.Unwrap(portArgument), valueOf);
            var port = portValue is null ? null : Operations.Constant(portValue);
            return port switch
            {
                null when portValue is IInvocationOperation => new EndPointFacts(LocalPort.Picked, 0, wildcard, text),
                null => new EndPointFacts(LocalPort.Unknown, 0, wildcard, text, portSource: portValue is null ? null : SourceOf(portValue)),
                0 => new EndPointFacts(LocalPort.Zero, 0, wildcard, text),
                _ => new EndPointFacts(LocalPort.NonZero, (int)port.Value, wildcard, text),
            };
        }

        // What the message names as the origin of a value the rule cannot read: a member or variable, not an expression.
        private static string? SourceOf(IOperation operation) => operation switch
        {
            IParameterReferenceOperation parameter => "parameter '" + parameter.Parameter.Name + "'",
            IPropertyReferenceOperation property => "property '" + property.Property.ContainingType.Name + "." + property.Property.Name + "'",
            IFieldReferenceOperation field => "field '" + field.Field.ContainingType.Name + "." + field.Field.Name + "'",
            ILocalReferenceOperation local => "local '" + local.Local.Name + "'",
            IInvocationOperation call => "what '" + call.TargetMethod.Name + "' returns",
            _ => null,
        };

        private static IOperation Follow(IOperation operation, Func<IOperation, IOperation?> valueOf)
        {
            for (var depth = 0; depth < 4 && !operation.ConstantValue.HasValue && operation is not IObjectCreationOperation; depth++)
            {
                if (valueOf(operation) is not IOperation defined)
                {
                    break;
                }

                operation = Operations.Unwrap(defined);
            }

            return operation;
        }

        // new IPEndPoint(address, port), also when a missing reference left the creation unresolved between its overloads.
        private static bool TryReadCreation(RequiredSymbols symbols, IOperation operation, out IOperation? address, out IOperation? port)
        {
            address = null;
            port = null;
            if (operation is IObjectCreationOperation creation && SymbolEqualityComparer.Default.Equals(creation.Type, symbols.IPEndPoint))
            {
                if (creation.Arguments.Length != 2)
                {
                    return false;
                }

                address = Operations.ArgumentAt(creation.Arguments, 0);
                port = Operations.ArgumentAt(creation.Arguments, 1);
                return true;
            }

            if (operation is IInvalidOperation invalid && SymbolEqualityComparer.Default.Equals(invalid.Type, symbols.IPEndPoint))
            {
                var children = invalid.ChildOperations.ToImmutableArray();
                if (children.Length == 2)
                {
                    address = children[0];
                    port = children[1];
                    return true;
                }
            }

            return false;
        }

        private static bool IsWildcardAddress(RequiredSymbols symbols, IOperation address)
        {
            if (address is IFieldReferenceOperation field)
            {
                return field.Field.Name is "Any" or "IPv6Any" && SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, symbols.IPAddress);
            }

            return Operations.Constant(address) == 0;
        }
    }
}
