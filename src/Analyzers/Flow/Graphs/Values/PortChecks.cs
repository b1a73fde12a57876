using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Recognizes a test of an endpoint's port against 0 (<c>endPoint.Port == 0</c>, <c>!= 0</c>, <c>&gt; 0</c>,
    /// <c>is 0</c>, <c>is not 0</c>): code that sets the option only for port 0 binds a non-zero port on the other
    /// branch, where the option does nothing (K4) and is not needed.
    /// </summary>
    internal static class PortChecks
    {
        /// <summary>Whether <paramref name="condition"/> tests a port against 0; <paramref name="trueMeansNonZero"/> says which way.</summary>
        public static bool IsPortCheck(RequiredSymbols symbols, IOperation condition, Func<IOperation, IOperation?> definition, out bool trueMeansNonZero)
        {
            var nonZeroWhenTrue = NonZeroWhenTrue(symbols, Conditions.Test(condition, definition, out var negated));
            trueMeansNonZero = nonZeroWhenTrue is bool nonZero && nonZero != negated;
            return nonZeroWhenTrue is not null;
        }

        // Whether the test, when true, says the port is not 0 (true) or is 0 (false); null for any other test.
        private static bool? NonZeroWhenTrue(RequiredSymbols symbols, IOperation test) => test switch
        {
            IBinaryOperation binary when IsPort(symbols, binary.LeftOperand) && Operations.Constant(binary.RightOperand) == 0 =>
                Compared(binary.OperatorKind, portOnLeft: true),
            IBinaryOperation binary when IsPort(symbols, binary.RightOperand) && Operations.Constant(binary.LeftOperand) == 0 =>
                Compared(binary.OperatorKind, portOnLeft: false),
            IIsPatternOperation { Pattern: IConstantPatternOperation constant } isPattern
                when IsPort(symbols, isPattern.Value) && Operations.Constant(constant.Value) == 0 => false,
            IIsPatternOperation { Pattern: INegatedPatternOperation { Pattern: IConstantPatternOperation constant } } isPattern
                when IsPort(symbols, isPattern.Value) && Operations.Constant(constant.Value) == 0 => true,
            _ => null,
        };

        private static bool? Compared(BinaryOperatorKind kind, bool portOnLeft) => kind switch
        {
            BinaryOperatorKind.Equals => false,
            BinaryOperatorKind.NotEquals => true,
            BinaryOperatorKind.GreaterThan when portOnLeft => true,
            BinaryOperatorKind.LessThan when !portOnLeft => true,
            _ => null,
        };

        private static bool IsPort(RequiredSymbols symbols, IOperation operation) =>
            Operations.Unwrap(operation) is IPropertyReferenceOperation { Property.Name: "Port" } property
            && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, symbols.IPEndPoint);
    }
}
