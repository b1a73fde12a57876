using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>Turns the analyzer cost measurements into the tables of docs/performance.md.</summary>
    public static class AnalyzerReport
    {
        private const double BudgetShareOfCompile = 0.01;
        private const double BudgetShareOfCA2016 = 0.5;

        /// <summary>The markdown tables and the verdict on each target.</summary>
        public static string Build(AnalyzerCostResult result)
        {
            var text = new StringBuilder();
            var rounds = result.Measurements.Select(m => m.Round).Distinct().Count();
            text.AppendLine(Invariant($"{rounds} rounds. Each cell is the median over the rounds; each difference is taken between compilations of the same round, then its median is shown with the smallest and largest in brackets. BNP analyzers: {string.Join(", ", result.BindNoPortAnalyzers)}."));
            text.AppendLine();
            text.AppendLine("| Corpus | Generated lines | Lines of src/ | Files | Methods | Socket methods, by shape |");
            text.AppendLine("|---|---:|---:|---:|---:|---|");
            foreach (var corpus in result.Corpora)
            {
                var shapes = string.Join(", ", corpus.SocketShapes.Select(pair => Invariant($"{pair.Key} {pair.Value}")));
                text.AppendLine(Invariant($"| {corpus.Name} ({corpus.SocketMethodShare:P1}) | {corpus.GeneratedLines:N0} | {corpus.OwnSourceLines:N0} | {corpus.Files:N0} | {corpus.Methods:N0} | {corpus.SocketMethods:N0}: {shapes} |"));
            }

            var dense = result.Corpora[0].Name;
            text.AppendLine();
            text.AppendLine(Invariant($"Corpus '{dense}'. CPU is the processor time of the whole process (all threads, GC included) during the compilation; \"over baseline\" is CPU minus the empty analyzer's CPU in the same round, as a share of the baseline's CPU."));
            text.AppendLine();
            text.AppendLine("| Configuration | Wall (s) | CPU (s) | CPU over compiler only | CPU over baseline | Own time, driver log (ms) | Reported | AD0001 |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---|---:|");
            foreach (var configuration in Enum.GetValues<AnalyzerConfiguration>())
            {
                var rows = Rows(result, dense, configuration);
                if (rows.Count == 0)
                {
                    continue;
                }

                var isCompilerOnly = configuration == AnalyzerConfiguration.CompilerOnly;
                var isBaseline = configuration == AnalyzerConfiguration.EmptyAnalyzer;
                var last = rows[^1];
                var reported = isCompilerOnly
                    ? Invariant($"{last.CompilerErrors} compiler errors")
                    : last.AnalyzerDiagnostics.Count == 0 ? "-" : string.Join(", ", last.AnalyzerDiagnostics.Select(pair => Invariant($"{pair.Key} x{pair.Value}")));
                text.AppendLine(Invariant($"| {configuration} | {Median(rows.Select(m => m.WallMilliseconds)) / 1000:F1} | {Median(rows.Select(m => m.CpuMilliseconds)) / 1000:F1} | {(isCompilerOnly ? "-" : Paired(result, dense, configuration, AnalyzerConfiguration.CompilerOnly))} | {(isCompilerOnly || isBaseline ? "-" : Paired(result, dense, configuration, AnalyzerConfiguration.EmptyAnalyzer))} | {(isCompilerOnly ? "-" : Median(rows.Select(m => m.AnalyzerMilliseconds)).ToString("F0", CultureInfo.InvariantCulture))} | {reported} | {(isCompilerOnly ? "-" : last.AnalyzerExceptions.ToString(CultureInfo.InvariantCulture))} |"));
            }

            text.AppendLine();
            text.AppendLine("BNP analyzers by corpus (same size, ten times fewer socket methods in the sparse one):");
            text.AppendLine();
            text.AppendLine("| Corpus | Methods | Socket methods | Baseline CPU (s) | BNP CPU over baseline | BNP CPU over baseline (ms) | Own time, driver log (ms) |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var corpus in result.Corpora)
            {
                var bnp = Rows(result, corpus.Name, AnalyzerConfiguration.BindNoPort);
                var baseline = Rows(result, corpus.Name, AnalyzerConfiguration.EmptyAnalyzer);
                var extra = Differences(result, corpus.Name, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.EmptyAnalyzer, (m, reference) => m.CpuMilliseconds - reference.CpuMilliseconds);
                text.AppendLine(Invariant($"| {corpus.Name} | {corpus.Methods:N0} | {corpus.SocketMethods:N0} | {Median(baseline.Select(m => m.CpuMilliseconds)) / 1000:F1} | {Paired(result, corpus.Name, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.EmptyAnalyzer)} | {Median(extra):F0} | {Median(bnp.Select(m => m.AnalyzerMilliseconds)):F0} |"));
            }

            text.AppendLine();
            var bnpShares = Differences(result, dense, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.EmptyAnalyzer, Share);
            var bnpExtras = Differences(result, dense, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.EmptyAnalyzer, (m, reference) => m.CpuMilliseconds - reference.CpuMilliseconds);
            var ca2016Extras = Differences(result, dense, AnalyzerConfiguration.CA2016, AnalyzerConfiguration.EmptyAnalyzer, (m, reference) => m.CpuMilliseconds - reference.CpuMilliseconds);
            // A verdict needs every round on the same side of the line; otherwise the noise decides it.
            var underBudget = bnpShares.Count == 0 ? "n/a" : bnpShares.Max() < BudgetShareOfCompile ? "met" : bnpShares.Min() > BudgetShareOfCompile ? "NOT met" : "not resolved by this run";
            text.AppendLine(Invariant($"- BNP CPU over baseline under {BudgetShareOfCompile:P0} of the compilation's: {underBudget} ({Paired(result, dense, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.EmptyAnalyzer)})."));
            var againstCA2016 = ca2016Extras.Count == 0 || ca2016Extras.Min() <= 0
                ? "not resolved by this run: CA2016's own CPU over baseline is not above the noise"
                : bnpExtras.Max() <= BudgetShareOfCA2016 * ca2016Extras.Min() ? "met" : bnpExtras.Min() > BudgetShareOfCA2016 * ca2016Extras.Max() ? "NOT met" : "not resolved by this run";
            text.AppendLine(Invariant($"- BNP CPU over baseline at most {BudgetShareOfCA2016:P0} of CA2016's: {againstCA2016} (BNP {Median(bnpExtras):F0} ms, CA2016 {Median(ca2016Extras):F0} ms, medians)."));
            var bnpOwn = Median(Rows(result, dense, AnalyzerConfiguration.BindNoPort).Select(m => m.AnalyzerMilliseconds));
            var ca2016Own = Median(Rows(result, dense, AnalyzerConfiguration.CA2016).Select(m => m.AnalyzerMilliseconds));
            var compileWall = Median(Rows(result, dense, AnalyzerConfiguration.CompilerOnly).Select(m => m.WallMilliseconds));
            text.AppendLine(Invariant($"- By the driver's log instead: BNP own time {bnpOwn:F0} ms, {Percent(bnpOwn / compileWall)} of the compiler-only wall time ({(bnpOwn / compileWall < BudgetShareOfCompile ? "met" : "NOT met")}) and {Percent(bnpOwn / ca2016Own)} of CA2016's own time ({(bnpOwn <= BudgetShareOfCA2016 * ca2016Own ? "met" : "NOT met")})."));
            return text.ToString();
        }

        private static double Share(AnalyzerMeasurement measurement, AnalyzerMeasurement reference) =>
            (measurement.CpuMilliseconds - reference.CpuMilliseconds) / reference.CpuMilliseconds;

        private static string Paired(AnalyzerCostResult result, string corpus, AnalyzerConfiguration configuration, AnalyzerConfiguration reference)
        {
            var values = Differences(result, corpus, configuration, reference, Share);
            return values.Count == 0
                ? "n/a"
                : Invariant($"{Percent(Median(values), signed: true)} [{Percent(values.Min(), signed: true)}, {Percent(values.Max(), signed: true)}]");
        }

        private static List<double> Differences(AnalyzerCostResult result, string corpus, AnalyzerConfiguration configuration, AnalyzerConfiguration reference, Func<AnalyzerMeasurement, AnalyzerMeasurement, double> difference)
        {
            var references = Rows(result, corpus, reference).ToDictionary(m => m.Round);
            return Rows(result, corpus, configuration)
                .Where(m => references.ContainsKey(m.Round))
                .Select(m => difference(m, references[m.Round]))
                .ToList();
        }

        private static List<AnalyzerMeasurement> Rows(AnalyzerCostResult result, string corpus, AnalyzerConfiguration configuration) =>
            result.Measurements.Where(m => m.Corpus == corpus && m.Configuration == configuration).OrderBy(m => m.Round).ToList();

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(value => value).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        private static string Percent(double ratio, bool signed = false)
        {
            if (double.IsNaN(ratio))
            {
                return "n/a";
            }

            return (signed && ratio >= 0 ? "+" : string.Empty) + (ratio * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";
        }

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
