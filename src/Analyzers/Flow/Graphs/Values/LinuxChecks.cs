using System;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Finds the Linux check a branch condition makes, through <c>!</c> and locals (<see cref="PlatformChecks"/> recognises the check).</summary>
    internal static class LinuxChecks
    {
        /// <summary>Whether the condition is a Linux check, possibly negated or held in a local assigned once.</summary>
        public static bool IsLinuxCheck(RequiredSymbols symbols, IOperation condition, Func<IOperation, IOperation?> definition, out bool negated) =>
            PlatformChecks.PlatformOf(Conditions.Test(condition, definition, out negated), symbols) == "Linux";
    }
}
