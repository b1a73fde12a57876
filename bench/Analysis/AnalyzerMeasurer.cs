using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using BindNoPort.Analyzers.Flow.Measuring;
using BindNoPort.Bench.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>Compiles a corpus afresh with one configuration and measures it.</summary>
    public static class AnalyzerMeasurer
    {
        /// <summary>
        /// One compilation: wall and process CPU time, each measured analyzer's own time from the driver's log,
        /// what was reported and, for the BNP analyzers, where.
        /// </summary>
        /// <param name="timePhases">
        /// Whether the BNP analyzers time their phases, in each thread's processor time where the system has it. The
        /// timing costs a clock read at every phase change, which the driver's log charges to the analyzers: a
        /// compilation that times phases is not one to read their own time from.
        /// </param>
        public static AnalyzerMeasurement Measure(ICompilableCorpus corpus, AnalyzerConfiguration configuration, AnalyzerSetup setup, int round, bool timePhases = false)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var compilation = corpus.CreateCompilation(setup.DiagnosticOptions);
            if (configuration == AnalyzerConfiguration.CompilerOnly)
            {
                var compilerDiagnostics = compilation.GetDiagnostics();
                stopwatch.Stop();
                process.Refresh();
                return new AnalyzerMeasurement(corpus.Name, configuration, round, stopwatch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds, 0, CountErrors(compilerDiagnostics), 0, new Dictionary<string, int>());
            }

            var analyzerExceptions = 0;
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (_, _, _) => Interlocked.Increment(ref analyzerExceptions),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false);
            // GetAnalysisResultAsync runs the way the command-line compiler does: the driver consumes the events
            // of a full Compilation.GetDiagnostics pass while it runs, and it logs each analyzer's time.
            var timesPhases = timePhases && configuration == AnalyzerConfiguration.BindNoPort;
            if (ThreadCpuClock.IsAvailable)
            {
                PhaseClock.UseClock(ThreadCpuClock.Now, ThreadCpuClock.TicksPerSecond);
            }

            PhaseClock.Reset();
            PhaseClock.Enabled = timesPhases;
            AnalysisResult result;
            try
            {
                result = compilation.WithAnalyzers(setup.Analyzers, options).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            }
            finally
            {
                PhaseClock.Enabled = false;
            }

            stopwatch.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            var ownTimes = setup.Measured
                .GroupBy(analyzer => analyzer.GetType().Name)
                .ToDictionary(group => group.Key, group => group.Sum(analyzer => result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds));
            var diagnostics = result.GetAllDiagnostics();
            var reported = diagnostics
                .GroupBy(diagnostic => diagnostic.Id)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count());
            // Where the BNP rules fire is what an engine rewrite should be compared on, beside what it costs.
            var findings = configuration == AnalyzerConfiguration.BindNoPort
                ? diagnostics
                    .Select(diagnostic => (Span: diagnostic.Location.GetLineSpan(), diagnostic.Id))
                    .OrderBy(finding => finding.Span.Path, StringComparer.Ordinal)
                    .ThenBy(finding => finding.Span.StartLinePosition.Line)
                    .Select(finding => $"{finding.Span.Path}({finding.Span.StartLinePosition.Line + 1}): {finding.Id}")
                    .ToList()
                : null;
            return new AnalyzerMeasurement(
                corpus.Name, configuration, round, stopwatch.Elapsed.TotalMilliseconds, cpu, ownTimes.Values.Sum(), -1, analyzerExceptions, reported, ownTimes, findings,
                timesPhases ? PhaseClock.Milliseconds() : null,
                timesPhases ? PhaseClock.Counts() : null);
        }

        private static int CountErrors(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }
}
