using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Names the socket an operation reads, as a <see cref="SocketKey"/> of its graph.</summary>
    internal sealed class SocketKeys
    {
        private readonly RequiredSymbols _symbols;
        private readonly GraphDefinitions _definitions;
        private readonly NestedCode _nested;

        public SocketKeys(RequiredSymbols symbols, GraphDefinitions definitions, NestedCode nested)
        {
            _symbols = symbols;
            _definitions = definitions;
            _nested = nested;
        }

        /// <summary>
        /// The path naming the value: a local, parameter, capture, or a chain of fields and properties from this or a static;
        /// in a class derived from Socket, this object itself, named by its type.
        /// </summary>
        public SocketKey? KeyOf(IOperation operation)
        {
            operation = Resolve(operation);
            switch (operation)
            {
                case IFlowCaptureReferenceOperation capture:
                    return SocketKey.Of(capture.Id);
                case ILocalReferenceOperation local:
                    return _nested.IsHandledInNestedCode(local.Local) ? null : SocketKey.Of(local.Local);
                case IParameterReferenceOperation parameter:
                    return _nested.IsHandledInNestedCode(parameter.Parameter) ? null : SocketKey.Of(parameter.Parameter);
                case IFieldReferenceOperation field:
                    return MemberKey(field.Field, field.Instance);
                case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                    return MemberKey(property.Property, property.Instance);
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance, Type: INamedTypeSymbol type } when _symbols.IsSocket(type):
                    // Inside a class derived from Socket, this (or base) is the socket its callers hold.
                    return SocketKey.Of(type);
                default:
                    return null;
            }
        }

        /// <summary>The key of the socket itself: a TcpClient is tracked through the socket it wraps, client.Client.</summary>
        public SocketKey? SocketKeyOf(IOperation operation) => KeyOf(operation) is SocketKey key ? Track(key, operation.Type) : null;

        /// <summary>Where the socket of a value of <paramref name="type"/> held at <paramref name="key"/> is tracked.</summary>
        public SocketKey Track(SocketKey key, ITypeSymbol? type) =>
            _symbols.IsTcpClient(type) && _symbols.TcpClientSocket is IPropertySymbol client ? key.Append(client) : key;

        /// <summary>Whether the key is a TcpClient's socket, client.Client.</summary>
        public bool IsTcpClientSocket(SocketKey key) =>
            key.Last is IPropertySymbol property && SymbolEqualityComparer.Default.Equals(property, _symbols.TcpClientSocket) && !key.Members.IsEmpty;

        /// <summary>Whether the key is a member socket of this object or a static one: the member itself, or a TcpClient member's socket.</summary>
        public static bool IsMemberSocket(SocketKey key, RequiredSymbols symbols) =>
            key.IsRootedInMember
            && (key.Members.IsEmpty || (key.Members.Length == 1 && SymbolEqualityComparer.Default.Equals(key.Members[0], symbols.TcpClientSocket)));

        /// <summary>Whether the call is an instance call on this object, written with or without <c>this.</c>/<c>base.</c>.</summary>
        public static bool IsCallOnThis(IInvocationOperation invocation) =>
            !invocation.TargetMethod.IsStatic && (invocation.Instance is null || IsThis(invocation.Instance));

        /// <summary>Whether the operation is this object (this, base), so a call on it may touch the member sockets.</summary>
        public static bool IsThis(IOperation? instance) =>
            instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        // A capture taken once holds what it was given; one taken on each branch is a socket of its own.
        private IOperation Resolve(IOperation value)
        {
            var operation = Operations.Unwrap(value);
            for (var depth = 0; depth < 8 && operation is IFlowCaptureReferenceOperation capture && !_definitions.IsBranchCapture(capture.Id); depth++)
            {
                if (_definitions.ValueOf(capture) is not IOperation captured)
                {
                    break;
                }

                operation = Operations.Unwrap(captured);
            }

            return operation;
        }

        private SocketKey? MemberKey(ISymbol member, IOperation? instance)
        {
            if (member.IsStatic || instance is null || IsThis(instance))
            {
                return _nested.IsHandledInNestedCode(member) ? null : SocketKey.Of(member);
            }

            return KeyOf(instance)?.Append(member);
        }
    }
}
