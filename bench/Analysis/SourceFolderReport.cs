using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BindNoPort.Bench.Corpus;
using static BindNoPort.Bench.Analysis.PairedStatistics;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>Turns the measurements on source folders into the tables of docs/performance.md.</summary>
    public static class SourceFolderReport
    {
        private const int ErrorIdsShown = 5;
        private const int FindingsShown = 60;
        private const string BnpTotal = "BNP, all analyzers";

        /// <summary>The markdown tables and the verdict on each target, per corpus.</summary>
        public static string Build(SourceFolderCostResult result)
        {
            var text = new StringBuilder();
            var measurements = result.Measurements;
            var rounds = measurements.Select(m => m.Round).Distinct().Count();
            text.AppendLine(Invariant($"{rounds} rounds. Each cell is the median over the rounds; each difference or ratio is taken between compilations of the same round, then its median is shown with the smallest and largest in brackets. BNP analyzers: {string.Join(", ", result.BindNoPortAnalyzers)}."));
            text.AppendLine();
            text.AppendLine("| Corpus | Files (left out) | Lines | Methods | Candidate methods | Prefilter passes | Compiler errors | Implicit usings |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---|---|");
            foreach (var folder in result.Folders)
            {
                var errors = folder.CompilerErrors.Values.Sum();
                var errorIds = string.Join(", ", folder.CompilerErrors.Take(ErrorIdsShown).Select(pair => Invariant($"{pair.Key} x{pair.Value:N0}")));
                text.AppendLine(Invariant($"| {folder.Name} | {folder.Files:N0} ({folder.LeftOutFiles:N0}) | {folder.Lines:N0} | {folder.Methods:N0} | {folder.CandidateMethods:N0} | {(folder.PrefilterPasses is int passes ? passes.ToString("N0", CultureInfo.InvariantCulture) : "-")} | {errors:N0}{(errors > 0 ? ": " + errorIds : string.Empty)} | {(folder.ImplicitUsings ? "yes" : "no")} |"));
            }

            foreach (var folder in result.Folders)
            {
                text.AppendLine();
                ConfigurationTable.Write(text, measurements, folder.Name);
                text.AppendLine();
                WriteFindings(text, measurements, folder.Name);
            }

            text.AppendLine();
            text.AppendLine("Each BNP analyzer's own time (driver log, BindNoPort configuration) against the compilation (the compiler alone, same round) and against CA2016's own time (CA2016 configuration, same round):");
            text.AppendLine();
            text.AppendLine("| Corpus | Analyzer | Own time (ms) | Share of compilation wall | Share of compilation CPU | Multiple of CA2016's own time |");
            text.AppendLine("|---|---|---:|---:|---:|---:|");
            foreach (var folder in result.Folders)
            {
                foreach (var analyzer in result.BindNoPortAnalyzers.Append(BnpTotal))
                {
                    var own = Median(Rows(measurements, folder.Name, AnalyzerConfiguration.BindNoPort).Select(m => OwnTime(m, analyzer)));
                    text.AppendLine(Invariant($"| {folder.Name} | {analyzer} | {own:F0} | {Spread(ShareOfCompilation(measurements, folder.Name, analyzer, m => m.WallMilliseconds))} | {Spread(ShareOfCompilation(measurements, folder.Name, analyzer, m => m.CpuMilliseconds))} | {Multiples(MultipleOfCA2016(measurements, folder.Name, analyzer))} |"));
                }
            }

            text.AppendLine();
            text.AppendLine("BNP own time (all analyzers) against the code's size and its candidate methods:");
            text.AppendLine();
            text.AppendLine("| Corpus | Lines | Candidate methods | Prefilter passes | BNP own time (ms) | per 1,000 lines (ms) | per candidate method (ms) | per prefilter pass (ms) |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var folder in result.Folders)
            {
                var own = Median(Rows(measurements, folder.Name, AnalyzerConfiguration.BindNoPort).Select(m => OwnTime(m, BnpTotal)));
                var perPass = folder.PrefilterPasses is int passes and > 0 ? (own / passes).ToString("F2", CultureInfo.InvariantCulture) : "-";
                var perCandidate = folder.CandidateMethods > 0 ? (own / folder.CandidateMethods).ToString("F1", CultureInfo.InvariantCulture) : "-";
                text.AppendLine(Invariant($"| {folder.Name} | {folder.Lines:N0} | {folder.CandidateMethods:N0} | {(folder.PrefilterPasses is int count ? count.ToString("N0", CultureInfo.InvariantCulture) : "-")} | {own:F0} | {own / folder.Lines * 1000:F1} | {perCandidate} | {perPass} |"));
            }

            text.AppendLine();
            // Own time is clock time inside the callbacks: on an oversubscribed machine it stretches as the compilation's wall
            // time does, so its share of the wall time is the like-for-like one (overstated at most by the compilation's parallelism),
            // while its share of the compilation's CPU is overstated by the whole stretch.
            text.AppendLine(Invariant($"Targets, by the driver's log, each analyzer alone (met or NOT met only when every round agrees): own time at most {CostTargets.ShareOfCompilation:P0} of the compilation (its wall time: see the page for why), and at most {CostTargets.MultipleOfCA2016:F1} x CA2016's own time."));
            text.AppendLine();
            foreach (var folder in result.Folders)
            {
                var verdicts = result.BindNoPortAnalyzers.Append(BnpTotal).Select(analyzer =>
                    Invariant($"{analyzer} {CostTargets.Verdict(ShareOfCompilation(measurements, folder.Name, analyzer, m => m.WallMilliseconds), CostTargets.ShareOfCompilation)} / {CostTargets.Verdict(MultipleOfCA2016(measurements, folder.Name, analyzer), CostTargets.MultipleOfCA2016)}"));
                text.AppendLine($"- {folder.Name} (share of compilation / multiple of CA2016): {string.Join("; ", verdicts)}.");
            }

            return text.ToString();
        }

        private static void WriteFindings(StringBuilder text, IReadOnlyList<AnalyzerMeasurement> measurements, string corpus)
        {
            var findings = Rows(measurements, corpus, AnalyzerConfiguration.BindNoPort).LastOrDefault()?.Findings ?? Array.Empty<string>();
            text.AppendLine(Invariant($"BNP diagnostics in '{corpus}' (last round): {findings.Count}{(findings.Count > 0 ? ":" : ".")}"));
            if (findings.Count == 0)
            {
                return;
            }

            text.AppendLine();
            text.AppendLine("```text");
            foreach (var finding in findings.Take(FindingsShown))
            {
                text.AppendLine(finding);
            }

            if (findings.Count > FindingsShown)
            {
                text.AppendLine(Invariant($"... and {findings.Count - FindingsShown} more"));
            }

            text.AppendLine("```");
        }

        // An analyzer's own time, or both BNP analyzers' together.
        private static double OwnTime(AnalyzerMeasurement measurement, string analyzer) =>
            analyzer == BnpTotal ? measurement.AnalyzerMilliseconds : measurement.OwnMillisecondsByAnalyzer?.GetValueOrDefault(analyzer) ?? double.NaN;

        private static List<double> ShareOfCompilation(IReadOnlyList<AnalyzerMeasurement> measurements, string corpus, string analyzer, Func<AnalyzerMeasurement, double> compilationTime) =>
            Differences(measurements, corpus, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.CompilerOnly, (m, compiler) => OwnTime(m, analyzer) / compilationTime(compiler));

        private static List<double> MultipleOfCA2016(IReadOnlyList<AnalyzerMeasurement> measurements, string corpus, string analyzer) =>
            Differences(measurements, corpus, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.CA2016, (m, ca2016) => OwnTime(m, analyzer) / ca2016.AnalyzerMilliseconds);

        private static string Multiples(IReadOnlyList<double> values) =>
            values.Count == 0 || values.Any(value => double.IsNaN(value) || double.IsInfinity(value))
                ? "n/a"
                : Invariant($"{Median(values):F2} x [{values.Min():F2}, {values.Max():F2}]");

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
