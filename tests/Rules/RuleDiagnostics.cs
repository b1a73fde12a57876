using System.Linq;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace BindNoPort.Tests.Rules
{
    /// <summary>Runs the flow analyzer over a test source (markup removed) to inspect a diagnostic's message, properties and locations.</summary>
    internal static class RuleDiagnostics
    {
        public static async Task<Diagnostic> SingleAsync(string markup, TestOptions? options = null)
        {
            var project = TestProject.Create(new[] { Markup.Parse(markup).Source }, options ?? TestOptions.Default);
            var diagnostics = await TestProject.DiagnosticsAsync(project, new BindBeforeConnectAnalyzer());
            return Assert.Single(diagnostics.Where(d => d.Severity != DiagnosticSeverity.Error || d.Id.StartsWith("BNP", System.StringComparison.Ordinal)));
        }
    }
}
