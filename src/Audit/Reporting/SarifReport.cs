using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using BindNoPort.Audit.Analysis;

namespace BindNoPort.Audit.Reporting
{
    /// <summary>
    /// SARIF 2.1.0: the BNP rules with their help links, each finding at its place in the decompiled file, its
    /// member as the logical location, package and ways in as properties.
    /// </summary>
    internal static class SarifReport
    {
        public static void Write(AuditReport report, Stream output)
        {
            var version = typeof(SarifReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            var log = JsonSerializer.SerializeToNode(new
            {
                version = "2.1.0",
                runs = new[]
                {
                    new
                    {
                        tool = new
                        {
                            driver = new
                            {
                                name = "bindnoport",
                                version,
                                informationUri = Analyzers.Descriptors.HelpLinkBase.Replace("/blob/main/docs/rules/", ""),
                                rules = RuleRun.Rules.Select(rule => new
                                {
                                    id = rule.Id,
                                    name = rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
                                    shortDescription = new { text = rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                                    fullDescription = new { text = rule.Description.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                                    helpUri = rule.HelpLinkUri,
                                    defaultConfiguration = new { level = Level(rule.DefaultSeverity) },
                                }),
                            },
                        },
                        results = report.Findings.Select(finding => new
                        {
                            ruleId = finding.RuleId,
                            level = Level(RuleRun.Rules.First(rule => rule.Id == finding.RuleId).DefaultSeverity),
                            message = new { text = finding.Message },
                            locations = new[]
                            {
                                new
                                {
                                    physicalLocation = new
                                    {
                                        artifactLocation = new { uri = finding.DecompiledFile },
                                        region = new { startLine = finding.Line, startColumn = finding.Column, snippet = new { text = finding.Snippet } },
                                    },
                                    logicalLocations = new[] { new { fullyQualifiedName = finding.Member, kind = "member" } },
                                },
                            },
                            properties = new
                            {
                                package = finding.Package?.Id,
                                packageVersion = finding.Package?.Version,
                                assembly = finding.Assembly,
                                entryPoints = finding.EntryPoints.Select(entry => entry.ToString()),
                            },
                        }),
                    },
                },
            })!.AsObject();
            var withSchema = new JsonObject { ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json" };
            foreach (var property in log.ToList())
            {
                log.Remove(property.Key);
                withSchema[property.Key] = property.Value;
            }

            withSchema.WriteTo(json);
        }

        private static string Level(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };
    }
}
