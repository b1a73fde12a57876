using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Reads a branch condition down to the test it makes.</summary>
    internal static class Conditions
    {
        /// <summary>
        /// The test under any <c>!</c> and any local assigned once (<c>var isLinux = OperatingSystem.IsLinux(); if (isLinux)</c>);
        /// <paramref name="negated"/> says whether an odd number of <c>!</c> wrapped it.
        /// </summary>
        public static IOperation Test(IOperation condition, Func<IOperation, IOperation?> definition, out bool negated)
        {
            negated = false;
            var operation = Operations.Unwrap(condition);
            for (var depth = 0; depth < 8; depth++)
            {
                if (operation is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
                {
                    negated = !negated;
                    operation = Operations.Unwrap(not.Operand);
                }
                else if (operation is ILocalReferenceOperation or IFlowCaptureReferenceOperation && definition(operation) is IOperation defined)
                {
                    operation = Operations.Unwrap(defined);
                }
                else
                {
                    break;
                }
            }

            return operation;
        }
    }
}
