using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace BindNoPort.Tests.Rules
{
    /// <summary>The diagnostics a rule test produced, to inspect what the library does not check: their properties.</summary>
    internal static class RuleDiagnostics
    {
        /// <summary>
        /// Runs <paramref name="test"/> through Microsoft.CodeAnalysis.Testing, with all its checks, and returns the one
        /// diagnostic it matched to its single expected diagnostic (location, message, additional locations already verified).
        /// </summary>
        public static async Task<Diagnostic> SingleAsync(AnalyzerTest<DefaultVerifier> test)
        {
            return Assert.Single(await MatchedAsync(test));
        }

        /// <summary>
        /// Runs <paramref name="test"/> and returns the diagnostics the library matched to the expected ones, in source order.
        /// The pass with <c>#pragma warning disable</c> on top reports them suppressed; those are left out.
        /// </summary>
        public static async Task<IReadOnlyList<Diagnostic>> MatchedAsync(AnalyzerTest<DefaultVerifier> test)
        {
            var matched = new List<Diagnostic>();
            var previous = test.DiagnosticVerifier;
            test.DiagnosticVerifier = (diagnostic, expected, verifier) =>
            {
                previous?.Invoke(diagnostic, expected, verifier);
                if (!diagnostic.IsSuppressed)
                {
                    lock (matched)
                    {
                        matched.Add(diagnostic);
                    }
                }
            };
            await test.RunAsync(CancellationToken.None);
            Assert.True(matched.Count > 0, "The test expected no diagnostic, so there is none to inspect.");
            return matched
                .GroupBy(diagnostic => (diagnostic.Id, diagnostic.Location.SourceTree?.FilePath, diagnostic.Location.SourceSpan))
                .Select(group => group.First())
                .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
                .ToList();
        }
    }
}
