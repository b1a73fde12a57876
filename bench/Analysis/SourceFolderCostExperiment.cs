using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BindNoPort.Bench.Corpus;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// The analyzer cost experiment on folders of real C# sources (--corpus): the same rounds, interleaving
    /// and fresh compilations as on the generated corpora, with the compiler alone, the empty baseline, the
    /// BNP analyzers and CA2016 alone, each analyzer set alone in its compilation. The BNP analyzers also time
    /// their phases (<see cref="AnalyzerMeasurement.PhaseMilliseconds"/>).
    /// </summary>
    public static class SourceFolderCostExperiment
    {
        private static readonly AnalyzerConfiguration[] Configurations =
        {
            AnalyzerConfiguration.CompilerOnly, AnalyzerConfiguration.EmptyAnalyzer, AnalyzerConfiguration.BindNoPort,
            AnalyzerConfiguration.CA2016,
        };

        /// <summary>Loads and describes each folder, warms up, then runs the measured rounds.</summary>
        public static SourceFolderCostResult Run(IReadOnlyList<string> folders, int rounds, TextWriter log)
        {
            var setups = Configurations.ToDictionary(configuration => configuration, AnalyzerSetup.Create);
            var corpora = new List<SourceFolderCorpus>();
            var descriptions = new List<SourceFolderDescription>();
            foreach (var folder in folders)
            {
                log.WriteLine($"// analyzer cost: loading {folder}");
                var corpus = SourceFolderCorpus.Load(folder);
                var description = SourceFolderCensus.Take(corpus);
                log.WriteLine(Invariant($"// {description.Name}: {description.Files:N0} files ({description.LeftOutFiles:N0} left out), {description.Lines:N0} lines, {description.Methods:N0} methods, {description.CandidateMethods:N0} candidate methods, {description.CompilerErrors.Values.Sum():N0} compiler errors"));
                corpora.Add(corpus);
                descriptions.Add(description);
            }

            // The analyzers and the compiler's flow analysis are jitted on a small generated corpus, not in the first measured round.
            var warmUpLines = BenchSettings.FullCorpusLines / 20;
            log.WriteLine($"// analyzer cost: warm-up on {warmUpLines:N0} generated lines");
            var warmUp = CorpusCompilation.Load(CorpusSpec.Dense(warmUpLines));
            foreach (var configuration in Configurations)
            {
                AnalyzerMeasurer.Measure(warmUp, configuration, setups[configuration], round: 0);
            }

            var plan = corpora.SelectMany(corpus => Configurations.Select(configuration => (Corpus: corpus, Configuration: configuration))).ToList();
            var measurements = new List<AnalyzerMeasurement>();
            for (var round = 1; round <= rounds; round++)
            {
                // Rotate the order so that no configuration always runs first or last in a round.
                for (var step = 0; step < plan.Count; step++)
                {
                    var (corpus, configuration) = plan[(step + round - 1) % plan.Count];
                    var measurement = AnalyzerMeasurer.Measure(corpus, configuration, setups[configuration], round);
                    measurements.Add(measurement);
                    log.WriteLine(Invariant($"// round {round} of {rounds}, step {step + 1} of {plan.Count}: {corpus.Name}/{configuration}: {measurement.WallMilliseconds:F0} ms wall, {measurement.CpuMilliseconds:F0} ms cpu, {measurement.AnalyzerMilliseconds:F1} ms analyzer"));
                }
            }

            // One more compilation per corpus times the BNP phases; its own time is not used (timing costs).
            var phases = new List<AnalyzerMeasurement>();
            foreach (var corpus in corpora)
            {
                var measurement = AnalyzerMeasurer.Measure(corpus, AnalyzerConfiguration.BindNoPort, setups[AnalyzerConfiguration.BindNoPort], round: 0, timePhases: true);
                phases.Add(measurement);
                log.WriteLine(Invariant($"// phases: {corpus.Name}: {string.Join(", ", measurement.PhaseMilliseconds!.Select(ms => ms.ToString("F1", CultureInfo.InvariantCulture)))} ms"));
            }

            return new SourceFolderCostResult(descriptions, setups[AnalyzerConfiguration.BindNoPort].Measured.Select(analyzer => analyzer.GetType().Name).ToList(), measurements, phases);
        }

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Everything the source folder tables are made of.</summary>
    /// <param name="Folders">What each folder holds.</param>
    /// <param name="BindNoPortAnalyzers">The BNP analyzers measured.</param>
    /// <param name="Measurements">Every measured compilation, by round.</param>
    /// <param name="Phases">One compilation per folder with the BNP phases timed; null in results written before.</param>
    public sealed record SourceFolderCostResult(IReadOnlyList<SourceFolderDescription> Folders, IReadOnlyList<string> BindNoPortAnalyzers, IReadOnlyList<AnalyzerMeasurement> Measurements, IReadOnlyList<AnalyzerMeasurement>? Phases = null);
}
