using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Small readings of operations every part of the flow needs.</summary>
    internal static class Operations
    {
        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The top of the operation tree holding <paramref name="operation"/>: a body, an initializer.</summary>
        public static IOperation Root(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }

        public static long? Constant(IOperation? operation)
        {
            if (operation is null || !operation.ConstantValue.HasValue)
            {
                return null;
            }

            return operation.ConstantValue.Value switch
            {
                int value => value,
                long value => value,
                short value => value,
                ushort value => value,
                byte value => value,
                sbyte value => value,
                uint value => value,
                _ => null,
            };
        }

        public static IOperation? ArgumentAt(IInvocationOperation invocation, int ordinal) => ArgumentAt(invocation.Arguments, ordinal);

        public static IOperation? ArgumentAt(ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is not null && argument.Parameter.Ordinal == ordinal)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>Whether the value is the constant null or a default.</summary>
        public static bool IsNull(IOperation value) =>
            (value.ConstantValue.HasValue && value.ConstantValue.Value is null) || value is IDefaultValueOperation;
    }
}
