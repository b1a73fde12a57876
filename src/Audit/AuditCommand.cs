using System;
using System.CommandLine;
using System.CommandLine.Parsing;
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
    /// <c>bindnoport audit PATH</c>, with the exit codes of <see cref="ExitCodes"/>: an assembly the audit could not
    /// read is reported and the rest is still audited, but the exit code is never "nothing found".
    /// </summary>
    internal static class AuditCommand
    {
        public static Command Create(TextWriter output, TextWriter error)
        {
            var path = new Argument<string>("path") { Description = "A project or solution (restored), a folder of assemblies (bin or publish), a .dll or a .nupkg." };
            var format = new Option<ReportFormat>("--format")
            {
                Description = "table for a person; json or sarif for a program.",
                DefaultValueFactory = _ => ReportFormat.Table,
                CustomParser = ParseFormat,
            };
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

        private static ReportFormat ParseFormat(ArgumentResult result)
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Enum.TryParse<ReportFormat>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _))
            {
                return parsed;
            }

            result.AddError($"--format {text} is not a report format: give table, json or sarif.");
            return ReportFormat.Table;
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
                return ExitCodes.BadInput;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Not a crash with a stack trace and exit code 1, which a CI step would read as findings.
                error.WriteLine($"error: {path} could not be audited: {exception.GetType().Name}: {UnreadableInput.FirstLine(exception.Message)}");
                return ExitCodes.BadInput;
            }

            Write(report, format, outputFile, output);
            if (outputFile is not null || format != ReportFormat.Table)
            {
                foreach (var problem in report.Problems)
                {
                    error.WriteLine($"warning: {problem.Assembly} {problem.Message}");
                }
            }

            return !report.Problems.IsEmpty ? ExitCodes.BadInput : report.Findings.IsEmpty ? ExitCodes.NothingFound : ExitCodes.Found;
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
