using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Recognizes the Linux checks the flow honours as CA1416 does: a false one means the option is not needed below.</summary>
    internal static class LinuxChecks
    {
        /// <summary>Whether the condition is OperatingSystem.IsLinux() or RuntimeInformation.IsOSPlatform(OSPlatform.Linux), possibly negated or held in a local assigned once.</summary>
        public static bool IsLinuxCheck(RequiredSymbols symbols, IOperation condition, Func<IOperation, IOperation?> definition, out bool negated)
        {
            var operation = Conditions.Test(condition, definition, out negated);
            if (operation is not IInvocationOperation invocation)
            {
                return false;
            }

            var method = invocation.TargetMethod;
            if (method.Name == "IsLinux" && method.Parameters.Length == 0
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.OperatingSystem))
            {
                return true;
            }

            return method.Name == "IsOSPlatform"
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.RuntimeInformation)
                && Operations.ArgumentAt(invocation, 0) is IOperation platform
                && Operations.Unwrap(platform) is IPropertyReferenceOperation { Property.Name: "Linux" } property
                && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, symbols.OSPlatform);
        }
    }
}
