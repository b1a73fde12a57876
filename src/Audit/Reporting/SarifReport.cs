using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using BindNoPort.Audit.Analysis;

namespace BindNoPort.Audit.Reporting
{
    /// <summary>
    /// SARIF 2.1.0: the tool and its version, the BNP rules with their help links, every assembly audited as an
    /// artifact (so a log without results still says what was looked at), the assemblies that could not be read as
    /// notifications of a failed invocation, and each finding at its place in the decompiled file, its member as the
    /// logical location, package and ways in as properties.
    /// </summary>
    internal static class SarifReport
    {
        public static void Write(AuditReport report, Stream output)
        {
            var version = ToolVersion.Text;
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
                                name = BindNoPortCommand.Name,
                                version,
                                semanticVersion = version,
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
                        invocations = new[]
                        {
                            new
                            {
                                executionSuccessful = report.Problems.IsEmpty,
                                toolExecutionNotifications = report.Problems.Select(problem => new
                                {
                                    level = "error",
                                    message = new { text = $"{problem.Assembly} {problem.Message}" },
                                    locations = new[] { new { physicalLocation = new { artifactLocation = new { uri = FileUri(problem.Assembly) } } } },
                                }),
                            },
                        },
                        artifacts = report.Assemblies.Select(assembly => new
                        {
                            location = new { uri = FileUri(assembly.Path) },
                            roles = new[] { "analysisTarget" },
                            properties = new { package = assembly.Package?.Id, packageVersion = assembly.Package?.Version },
                        }),
                        properties = new { input = report.Input },
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

        private static string FileUri(string path) => new System.Uri(Path.GetFullPath(path)).AbsoluteUri;

        private static string Level(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };
    }
}
