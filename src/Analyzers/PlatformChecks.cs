using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// The one place that recognises an operating-system check, as CA1416 does: <c>OperatingSystem.IsLinux()</c>,
    /// <c>IsWindows()</c>, <c>IsMacOS()</c>, <c>IsFreeBSD()</c> (and their version forms) and
    /// <c>RuntimeInformation.IsOSPlatform(OSPlatform.X)</c>. BNP001's flow reads a false Linux check as "the option is not
    /// needed below"; BNP003 leaves alone code that only runs off Linux.
    /// </summary>
    internal static class PlatformChecks
    {
        /// <summary>The platform <paramref name="operation"/> asks about (Linux, Windows, OSX, FreeBSD), or null when it is no such check.</summary>
        public static string? PlatformOf(IOperation operation, RequiredSymbols symbols)
        {
            if (operation is not IInvocationOperation invocation)
            {
                return null;
            }

            var method = invocation.TargetMethod;
            if (SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.OperatingSystem))
            {
                return method.Name switch
                {
                    "IsLinux" => "Linux",
                    "IsWindows" or "IsWindowsVersionAtLeast" => "Windows",
                    "IsMacOS" or "IsMacOSVersionAtLeast" => "OSX",
                    "IsFreeBSD" or "IsFreeBSDVersionAtLeast" => "FreeBSD",
                    _ => null,
                };
            }

            return method.Name == "IsOSPlatform"
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.RuntimeInformation)
                && invocation.Arguments.Length == 1
                && Flow.Operations.Unwrap(invocation.Arguments[0].Value) is IPropertyReferenceOperation platform
                && SymbolEqualityComparer.Default.Equals(platform.Property.ContainingType, symbols.OSPlatform)
                ? platform.Property.Name
                : null;
        }
    }
}
