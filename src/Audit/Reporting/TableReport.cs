using System.Linq;
using BindNoPort.Audit.Tracing;
using Spectre.Console;

namespace BindNoPort.Audit.Reporting
{
    /// <summary>The report for a person: one table per package, each finding with its code and its ways in.</summary>
    internal static class TableReport
    {
        // The ways in farthest from the bind come first; past these, a library's inner layers rarely help a reader.
        private const int ShownEntryPoints = 5;

        /// <summary>The width a report takes when it goes to a file or a pipe, where no terminal says.</summary>
        public const int RedirectedWidth = 140;

        public static void Write(AuditReport report, IAnsiConsole console)
        {
            console.MarkupLine($"[bold]bindnoport audit[/] {Markup.Escape(report.Input)}: {report.AssembliesScanned} assemblies scanned, {report.AssembliesDecompiled.Length} decompiled.");
            foreach (var problem in report.Problems)
            {
                console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(problem.Assembly)} {Markup.Escape(problem.Message)}");
            }

            if (report.Findings.IsEmpty)
            {
                // Only a whole audit can say nothing was found.
                console.MarkupLine(report.Problems.IsEmpty
                    ? "[green]No dependency binds a client socket before it connects.[/]"
                    : $"[yellow]{report.Problems.Length} of {report.AssembliesScanned} assemblies could not be audited (above): the audit is incomplete.[/]");
                return;
            }

            foreach (var package in report.Findings.GroupBy(finding => finding.Package?.ToString() ?? finding.Assembly))
            {
                var table = new Table().Title($"[bold]{Markup.Escape(package.Key)}[/]").Border(TableBorder.Rounded).Expand();
                table.AddColumn("Rule");
                table.AddColumn("Where");
                table.AddColumn("Public way in");
                foreach (var finding in package)
                {
                    var members = finding.EntryPoints.GroupBy(entry => entry.Member).Select(Describe).ToArray();
                    var entries = members.Length == 0
                        ? "[grey]not traced[/]"
                        : string.Join("\n", members.Take(ShownEntryPoints).Select(Markup.Escape));
                    if (members.Length > ShownEntryPoints)
                    {
                        entries += $"\n[grey]and {members.Length - ShownEntryPoints} more nearer the bind (--format json lists them)[/]";
                    }

                    table.AddRow(
                        new Markup($"[bold]{finding.RuleId}[/]"),
                        new Markup($"{Markup.Escape(finding.Member)}\n[grey]{Markup.Escape(finding.Assembly)}, {Markup.Escape(finding.DecompiledFile)}({finding.Line})[/]\n{Markup.Escape(finding.Message)}\n\n[grey]{Markup.Escape(finding.Snippet)}[/]"),
                        new Markup(entries));
                }

                console.Write(table);
            }

            console.MarkupLine($"[red]{report.Findings.Length} finding(s)[/] in {report.Findings.Select(finding => finding.Package?.Id ?? finding.Assembly).Distinct().Count()} package(s).");
        }

        // One line per member: a method whose several parameters reach the bind names them together.
        private static string Describe(IGrouping<string, EntryPoint> member)
        {
            var parameters = member.Select(entry => entry.Parameter).OfType<string>().ToArray();
            return parameters.Length switch
            {
                0 => member.Key,
                1 => $"{member.Key}, parameter {parameters[0]}",
                _ => $"{member.Key}, parameters {string.Join(", ", parameters)}",
            };
        }
    }
}
