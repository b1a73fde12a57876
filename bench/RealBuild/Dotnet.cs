using System;
using System.Diagnostics;
using System.Text;

namespace BindNoPort.Bench.RealBuild
{
    /// <summary>Runs the dotnet CLI and keeps everything it printed.</summary>
    public static class Dotnet
    {
        /// <summary>The exit code and the interleaved standard output and error.</summary>
        public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed);

        /// <summary>Runs `dotnet ARGUMENTS` in <paramref name="workingDirectory"/> to its end.</summary>
        public static Result Run(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The CLI's first-run messages and telemetry notice would land in the parsed output.
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            var output = new StringBuilder();
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            process.OutputDataReceived += (_, line) => { if (line.Data is not null) { lock (output) { output.AppendLine(line.Data); } } };
            process.ErrorDataReceived += (_, line) => { if (line.Data is not null) { lock (output) { output.AppendLine(line.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            return new Result(process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }
    }
}
