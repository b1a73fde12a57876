using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Audit.Analysis;
using BindNoPort.Audit.Inputs;
using BindNoPort.Audit.Reporting;
using Spectre.Console;

namespace BindNoPort.Audit
{
    /// <summary>The report formats of <c>bindnoport audit</c>.</summary>
    internal enum ReportFormat
    {
        Table,
        Json,
        Sarif,
    }

    /// <summary>
    /// <c>bindnoport audit PATH</c>. Exit code 0: nothing found; 1: findings; 2: bad input, or an assembly the audit
    /// could not read (the rest is still audited and reported).
    /// </summary>
    internal static class AuditCommand
    {
        public const int NothingFound = 0;
        public const int Found = 1;
        public const int BadInput = 2;

        public static Command Create(TextWriter output, TextWriter error)
        {
            var path = new Argument<string>("path") { Description = "A project or solution (restored), a folder of assemblies (bin or publish), a .dll or a .nupkg." };
            var format = new Option<ReportFormat>("--format") { Description = "table for a person; json or sarif for a program.", DefaultValueFactory = _ => ReportFormat.Table };
            var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
            var noProgress = new Option<bool>("--no-progress") { Description = "No progress display (also off when standard output or error is redirected)." };
            var command = new Command("audit", "Find bind-before-connect inside the dependencies a project ships: the BNP rules on their decompiled code.")
            {
                path,
                format,
                outputFile,
                noProgress,
            };
            command.SetAction((result, cancellationToken) => RunAsync(
                result.GetValue(path)!, result.GetValue(format), result.GetValue(outputFile), result.GetValue(noProgress), output, error, cancellationToken));
            return command;
        }

        private static async Task<int> RunAsync(string path, ReportFormat format, FileInfo? outputFile, bool noProgress, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            var errorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
            AuditReport report;
            try
            {
                // A redirected output is a script's or CI's: a live display there is noise in its log.
                report = noProgress || Console.IsOutputRedirected || Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error)
                    ? await AuditRun.RunAsync(path, SilentProgress.Instance, cancellationToken).ConfigureAwait(false)
                    : await ConsoleProgress.RunAsync(errorConsole, progress => AuditRun.RunAsync(path, progress, cancellationToken)).ConfigureAwait(false);
            }
            catch (AuditInputException exception)
            {
                error.WriteLine("error: " + exception.Message);
                return BadInput;
            }

            Write(report, format, outputFile, output);
            if (outputFile is not null || format != ReportFormat.Table)
            {
                foreach (var problem in report.Problems)
                {
                    error.WriteLine($"warning: {problem.Assembly} {problem.Message}");
                }
            }

            return !report.Problems.IsEmpty ? BadInput : report.Findings.IsEmpty ? NothingFound : Found;
        }

        private static void Write(AuditReport report, ReportFormat format, FileInfo? outputFile, TextWriter output)
        {
            if (format == ReportFormat.Table)
            {
                var toTerminal = outputFile is null && !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out);
                var writer = outputFile is null ? output : new StreamWriter(outputFile.FullName);
                try
                {
                    var console = AnsiConsole.Create(new AnsiConsoleSettings
                    {
                        Out = new AnsiConsoleOutput(writer),
                        Ansi = toTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                        ColorSystem = toTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                    });
                    if (!toTerminal)
                    {
                        console.Profile.Width = TableReport.RedirectedWidth;
                    }

                    TableReport.Write(report, console);
                }
                finally
                {
                    if (outputFile is not null)
                    {
                        writer.Dispose();
                    }
                }

                return;
            }

            using var stream = new MemoryStream();
            if (format == ReportFormat.Json)
            {
                JsonReport.Write(report, stream);
            }
            else
            {
                SarifReport.Write(report, stream);
            }

            if (outputFile is null)
            {
                output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                File.WriteAllBytes(outputFile.FullName, stream.ToArray());
            }
        }
    }
}
