using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BindNoPort.Bench.Corpus;

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
                AnalyzerMeasurer.Measure(warmUp, setup.Key, setup.Value, round: 0);
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
                    var measurement = AnalyzerMeasurer.Measure(corpus, configuration, setups[configuration], round);
                    measurements.Add(measurement);
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// round {round} {corpus.Name}/{configuration}: {measurement.WallMilliseconds:F0} ms wall, {measurement.CpuMilliseconds:F0} ms cpu, {measurement.AnalyzerMilliseconds:F1} ms analyzer"));
                }
            }

            return new AnalyzerCostResult(new[] { dense, sparse }.Select(corpus => corpus.Describe()).ToList(), setups[AnalyzerConfiguration.BindNoPort].Measured.Select(analyzer => analyzer.GetType().Name).ToList(), measurements);
        }
    }

    /// <summary>Everything the analyzer cost tables are made of.</summary>
    public sealed record AnalyzerCostResult(IReadOnlyList<CorpusDescription> Corpora, IReadOnlyList<string> BindNoPortAnalyzers, IReadOnlyList<AnalyzerMeasurement> Measurements);
}
