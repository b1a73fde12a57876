using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Frameworks;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// The framework the audit compiles decompiled code against, the runtime it runs on, and the way restore picks a
    /// package's assets for it: the nearest compatible framework, else the .NET Framework ones the SDK falls back to.
    /// </summary>
    internal static class AuditFramework
    {
        // The SDK's AssetTargetFallback for .NET (Core) projects, in its order.
        private static readonly NuGetFramework[] Fallbacks = new[] { "net461", "net462", "net47", "net471", "net472", "net48", "net481" }
            .Select(NuGetFramework.Parse)
            .ToArray();

        public static NuGetFramework Runtime { get; } = NuGetFramework.Parse($"net{Environment.Version.Major}.{Environment.Version.Minor}");

        /// <summary>The one of <paramref name="frameworks"/> restore would take for the runtime; null when none fits.</summary>
        public static NuGetFramework? Nearest(IEnumerable<NuGetFramework> frameworks)
        {
            var candidates = frameworks.ToArray();
            var reducer = new FrameworkReducer();
            return reducer.GetNearest(Runtime, candidates)
                ?? Fallbacks.Select(fallback => reducer.GetNearest(fallback, candidates)).FirstOrDefault(nearest => nearest is not null);
        }
    }
}
