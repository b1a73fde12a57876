using System.Linq;
using Spectre.Console;

namespace BindNoPort.Audit.Reporting
{
    /// <summary>The report for a person: one table per package, each finding with its code and its ways in.</summary>
    internal static class TableReport
    {
        public static void Write(AuditReport report, IAnsiConsole console)
        {
            console.MarkupLine($"[bold]bindnoport audit[/] {Markup.Escape(report.Input)}: {report.AssembliesScanned} assemblies scanned, {report.AssembliesDecompiled.Length} decompiled.");
            foreach (var problem in report.Problems)
            {
                console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(problem.Assembly)} {Markup.Escape(problem.Message)}");
            }

            if (report.Findings.IsEmpty)
            {
                console.MarkupLine("[green]No dependency binds a client socket before it connects.[/]");
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
                    var entries = finding.EntryPoints.IsEmpty
                        ? "[grey]not traced[/]"
                        : string.Join("\n", finding.EntryPoints.Select(entry => Markup.Escape(entry.ToString())));
                    table.AddRow(
                        new Markup($"[bold]{finding.RuleId}[/]"),
                        new Markup($"{Markup.Escape(finding.Member)}\n[grey]{Markup.Escape(finding.Assembly)}, {Markup.Escape(finding.DecompiledFile)}({finding.Line})[/]\n{Markup.Escape(finding.Message)}\n\n[grey]{Markup.Escape(finding.Snippet)}[/]"),
                        new Markup(entries));
                }

                console.Write(table);
            }

            console.MarkupLine($"[red]{report.Findings.Length} finding(s)[/] in {report.Findings.Select(finding => finding.Package?.Id ?? finding.Assembly).Distinct().Count()} package(s).");
        }
    }
}
