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
            var operation = Conditions.Test(condition, definition, out var negated);
            trueMeansNonZero = negated;
            switch (operation)
            {
                case IBinaryOperation binary when IsPort(symbols, binary.LeftOperand) && Operations.Constant(binary.RightOperand) == 0
                    || IsPort(symbols, binary.RightOperand) && Operations.Constant(binary.LeftOperand) == 0:
                    var portOnLeft = IsPort(symbols, binary.LeftOperand);
                    bool? nonZero = binary.OperatorKind switch
                    {
                        BinaryOperatorKind.Equals => false,
                        BinaryOperatorKind.NotEquals => true,
                        BinaryOperatorKind.GreaterThan when portOnLeft => true,
                        BinaryOperatorKind.LessThan when !portOnLeft => true,
                        _ => null,
                    };
                    return Decide(nonZero, ref trueMeansNonZero);
                case IIsPatternOperation { Pattern: var pattern } isPattern when IsPort(symbols, isPattern.Value):
                    return pattern switch
                    {
                        IConstantPatternOperation constant when Operations.Constant(constant.Value) == 0 => Decide(false, ref trueMeansNonZero),
                        INegatedPatternOperation { Pattern: IConstantPatternOperation constant } when Operations.Constant(constant.Value) == 0 => Decide(true, ref trueMeansNonZero),
                        _ => false,
                    };
                default:
                    return false;
            }
        }

        private static bool Decide(bool? nonZero, ref bool trueMeansNonZero)
        {
            if (nonZero is not bool value)
            {
                return false;
            }

            trueMeansNonZero = value != trueMeansNonZero;
            return true;
        }

        private static bool IsPort(RequiredSymbols symbols, IOperation operation) =>
            Operations.Unwrap(operation) is IPropertyReferenceOperation { Property.Name: "Port" } property
            && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, symbols.IPEndPoint);
    }
}
