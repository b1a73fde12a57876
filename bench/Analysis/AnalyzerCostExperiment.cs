using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using BindNoPort.Bench.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// Compiles the generated corpora with each analyzer configuration, in rounds. Every compilation is new,
    /// so the costs analyzers share (bound trees, operation trees) count against the configuration that
    /// caused them. The configurations are interleaved within a round, and each ratio is taken between
    /// compilations of the same round: on a machine whose load drifts over minutes, measurements taken in
    /// separate processes far apart in time are not comparable.
    /// </summary>
    public static class AnalyzerCostExperiment
    {
        /// <summary>The name --filter matches.</summary>
        public const string Name = "BindNoPort.Bench.Analysis.AnalyzerCost";

        // The sparse corpus only answers how the BNP cost scales: BNP against its own baseline.
        private static readonly AnalyzerConfiguration[] SparseConfigurations =
        {
            AnalyzerConfiguration.EmptyAnalyzer, AnalyzerConfiguration.BindNoPort,
        };

        /// <summary>Runs a warm-up round on a small corpus, then the measured rounds; returns every measured compilation.</summary>
        public static AnalyzerCostResult Run(int lines, int rounds, TextWriter log)
        {
            var setups = Enum.GetValues<AnalyzerConfiguration>().ToDictionary(configuration => configuration, AnalyzerSetup.Create);
            if (setups[AnalyzerConfiguration.BindNoPort].Measured.IsEmpty)
            {
                throw new InvalidOperationException("BindNoPort.Analyzers holds no analyzer.");
            }

            log.WriteLine($"// analyzer cost: warm-up on {lines / 20:N0} lines");
            var warmUp = CorpusCompilation.Load(CorpusSpec.Dense(lines / 20));
            foreach (var setup in setups)
            {
                Measure(warmUp, setup.Key, setup.Value, round: 0);
            }

            var dense = CorpusCompilation.Load(CorpusSpec.Dense(lines));
            var sparse = CorpusCompilation.Load(CorpusSpec.Sparse(lines));
            var plan = setups.Keys.Select(configuration => (Corpus: dense, Configuration: configuration))
                .Concat(SparseConfigurations.Select(configuration => (Corpus: sparse, Configuration: configuration)))
                .ToList();
            var measurements = new List<AnalyzerMeasurement>();
            for (var round = 1; round <= rounds; round++)
            {
                // Rotate the order so that no configuration always runs first or last in a round.
                for (var step = 0; step < plan.Count; step++)
                {
                    var (corpus, configuration) = plan[(step + round - 1) % plan.Count];
                    var measurement = Measure(corpus, configuration, setups[configuration], round);
                    measurements.Add(measurement);
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// round {round} {corpus.Corpus.Spec.Name}/{configuration}: {measurement.WallMilliseconds:F0} ms wall, {measurement.CpuMilliseconds:F0} ms cpu, {measurement.AnalyzerMilliseconds:F1} ms analyzer"));
                }
            }

            return new AnalyzerCostResult(new[] { dense, sparse }.Select(corpus => corpus.Describe()).ToList(), setups[AnalyzerConfiguration.BindNoPort].Measured.Select(analyzer => analyzer.GetType().Name).ToList(), measurements);
        }

        private static AnalyzerMeasurement Measure(CorpusCompilation corpus, AnalyzerConfiguration configuration, AnalyzerSetup setup, int round)
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
                return new AnalyzerMeasurement(corpus.Corpus.Spec.Name, configuration, round, stopwatch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds, 0, CountErrors(compilerDiagnostics), 0, new Dictionary<string, int>());
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
            var result = compilation.WithAnalyzers(setup.Analyzers, options).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            stopwatch.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            var analyzerTime = setup.Measured.Aggregate(TimeSpan.Zero, (total, analyzer) => total + result.AnalyzerTelemetryInfo[analyzer].ExecutionTime);
            var reported = result.GetAllDiagnostics()
                .GroupBy(diagnostic => diagnostic.Id)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count());
            return new AnalyzerMeasurement(corpus.Corpus.Spec.Name, configuration, round, stopwatch.Elapsed.TotalMilliseconds, cpu, analyzerTime.TotalMilliseconds, -1, analyzerExceptions, reported);
        }

        private static int CountErrors(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>Everything the analyzer cost tables are made of.</summary>
    public sealed record AnalyzerCostResult(IReadOnlyList<CorpusDescription> Corpora, IReadOnlyList<string> BindNoPortAnalyzers, IReadOnlyList<AnalyzerMeasurement> Measurements);
}
