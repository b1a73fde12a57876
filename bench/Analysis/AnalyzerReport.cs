using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static BindNoPort.Bench.Analysis.PairedStatistics;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>Turns the analyzer cost measurements into the tables of docs/performance.md.</summary>
    public static class AnalyzerReport
    {
        private const double BudgetShareOfCompile = CostTargets.ShareOfCompilation;
        private const double BudgetShareOfCA2016 = CostTargets.MultipleOfCA2016;

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
            ConfigurationTable.Write(text, result.Measurements, dense);
            text.AppendLine();
            text.AppendLine("BNP analyzers by corpus (same size, ten times fewer socket methods in the sparse one):");
            text.AppendLine();
            text.AppendLine("| Corpus | Methods | Socket methods | Baseline CPU (s) | BNP CPU over baseline | BNP CPU over baseline (ms) | Own time, driver log (ms) |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var corpus in result.Corpora)
            {
                var bnp = Rows(result.Measurements, corpus.Name, AnalyzerConfiguration.BindNoPort);
                var baseline = Rows(result.Measurements, corpus.Name, AnalyzerConfiguration.EmptyAnalyzer);
                var extra = Differences(result.Measurements, corpus.Name, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.EmptyAnalyzer, (m, reference) => m.CpuMilliseconds - reference.CpuMilliseconds);
                text.AppendLine(Invariant($"| {corpus.Name} | {corpus.Methods:N0} | {corpus.SocketMethods:N0} | {Median(baseline.Select(m => m.CpuMilliseconds)) / 1000:F1} | {Paired(result.Measurements, corpus.Name, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.EmptyAnalyzer)} | {Median(extra):F0} | {Median(bnp.Select(m => m.AnalyzerMilliseconds)):F0} |"));
            }

            text.AppendLine();
            var bnpShares = Differences(result.Measurements, dense, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.EmptyAnalyzer, CpuShare);
            var bnpExtras = Differences(result.Measurements, dense, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.EmptyAnalyzer, (m, reference) => m.CpuMilliseconds - reference.CpuMilliseconds);
            var ca2016Extras = Differences(result.Measurements, dense, AnalyzerConfiguration.CA2016, AnalyzerConfiguration.EmptyAnalyzer, (m, reference) => m.CpuMilliseconds - reference.CpuMilliseconds);
            // A verdict needs every round on the same side of the line; otherwise the noise decides it.
            var underBudget = bnpShares.Count == 0 ? "n/a" : bnpShares.Max() < BudgetShareOfCompile ? "met" : bnpShares.Min() > BudgetShareOfCompile ? "NOT met" : "not resolved by this run";
            text.AppendLine(Invariant($"- BNP CPU over baseline under {BudgetShareOfCompile:P0} of the compilation's: {underBudget} ({Paired(result.Measurements, dense, AnalyzerConfiguration.BindNoPort, AnalyzerConfiguration.EmptyAnalyzer)})."));
            var againstCA2016 = ca2016Extras.Count == 0 || ca2016Extras.Min() <= 0
                ? "not resolved by this run: CA2016's own CPU over baseline is not above the noise"
                : bnpExtras.Max() <= BudgetShareOfCA2016 * ca2016Extras.Min() ? "met" : bnpExtras.Min() > BudgetShareOfCA2016 * ca2016Extras.Max() ? "NOT met" : "not resolved by this run";
            text.AppendLine(Invariant($"- BNP CPU over baseline at most {BudgetShareOfCA2016:P0} of CA2016's: {againstCA2016} (BNP {Median(bnpExtras):F0} ms, CA2016 {Median(ca2016Extras):F0} ms, medians)."));
            var bnpOwn = Median(Rows(result.Measurements, dense, AnalyzerConfiguration.BindNoPort).Select(m => m.AnalyzerMilliseconds));
            var ca2016Own = Median(Rows(result.Measurements, dense, AnalyzerConfiguration.CA2016).Select(m => m.AnalyzerMilliseconds));
            var compileWall = Median(Rows(result.Measurements, dense, AnalyzerConfiguration.CompilerOnly).Select(m => m.WallMilliseconds));
            text.AppendLine(Invariant($"- By the driver's log instead: BNP own time {bnpOwn:F0} ms, {Percent(bnpOwn / compileWall)} of the compiler-only wall time ({(bnpOwn / compileWall < BudgetShareOfCompile ? "met" : "NOT met")}) and {Percent(bnpOwn / ca2016Own)} of CA2016's own time ({(bnpOwn <= BudgetShareOfCA2016 * ca2016Own ? "met" : "NOT met")})."));
            return text.ToString();
        }

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
