using System.IO;
using System.Linq;
using System.Text.Json;

namespace BindNoPort.Audit.Reporting
{
    /// <summary>The report for a program: every finding with its package, place, rule, snippet and ways in.</summary>
    internal static class JsonReport
    {
        public static void Write(AuditReport report, Stream output)
        {
            using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            JsonSerializer.Serialize(json, new
            {
                input = report.Input,
                assembliesScanned = report.AssembliesScanned,
                assembliesDecompiled = report.AssembliesDecompiled,
                findings = report.Findings.Select(finding => new
                {
                    package = finding.Package?.Id,
                    version = finding.Package?.Version,
                    assembly = finding.Assembly,
                    type = finding.Type,
                    member = finding.Member,
                    ruleId = finding.RuleId,
                    message = finding.Message,
                    decompiledFile = finding.DecompiledFile,
                    line = finding.Line,
                    column = finding.Column,
                    snippet = finding.Snippet,
                    traced = !finding.EntryPoints.IsEmpty,
                    entryPoints = finding.EntryPoints.Select(entry => new { kind = entry.Kind.ToString().ToLowerInvariant(), member = entry.Member, parameter = entry.Parameter, steps = entry.Steps }),
                }),
                problems = report.Problems.Select(problem => new { assembly = problem.Assembly, message = problem.Message }),
            });
        }
    }
}
