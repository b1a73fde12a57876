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
            text.AppendLine(Invariant($"Medians of {rounds} rounds; ratios are taken between compilations of the same round, then the median is shown. BNP analyzers: {string.Join(", ", result.BindNoPortAnalyzers)}."));
            text.AppendLine();
            text.AppendLine("| Corpus | Generated lines | Lines of src/ | Files | Methods | Socket methods |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var corpus in result.Corpora)
            {
                text.AppendLine(Invariant($"| {corpus.Name} ({corpus.SocketMethodShare:P1} socket) | {corpus.GeneratedLines:N0} | {corpus.OwnSourceLines:N0} | {corpus.Files:N0} | {corpus.Methods:N0} | {corpus.SocketMethods:N0} |"));
            }

            text.AppendLine();
            var dense = result.Corpora[0].Name;
            text.AppendLine(Invariant($"Corpus '{dense}':"));
            text.AppendLine();
            text.AppendLine("| Configuration | Wall (s) | Wall vs. compiler only | Analyzer own time (ms) | Own time / compile wall | Reported | AD0001 |");
            text.AppendLine("|---|---:|---:|---:|---:|---|---:|");
            foreach (var configuration in Enum.GetValues<AnalyzerConfiguration>())
            {
                var rows = Rows(result, dense, configuration);
                if (rows.Count == 0)
                {
                    continue;
                }

                var isCompilerOnly = configuration == AnalyzerConfiguration.CompilerOnly;
                var wall = Median(rows.Select(m => m.WallMilliseconds));
                var extra = PairedMedian(result, dense, configuration, (m, compile) => m.WallMilliseconds / compile.WallMilliseconds - 1);
                var own = Median(rows.Select(m => m.AnalyzerMilliseconds));
                var share = PairedMedian(result, dense, configuration, (m, compile) => m.AnalyzerMilliseconds / compile.WallMilliseconds);
                var last = rows[^1];
                var reported = isCompilerOnly
                    ? Invariant($"{last.CompilerErrors} compiler errors")
                    : last.AnalyzerDiagnostics.Count == 0 ? "-" : string.Join(", ", last.AnalyzerDiagnostics.Select(pair => Invariant($"{pair.Key} x{pair.Value}")));
                text.AppendLine(Invariant($"| {configuration} | {wall / 1000:F1} | {(isCompilerOnly ? "-" : Percent(extra, signed: true))} | {(isCompilerOnly ? "-" : own.ToString("F0", CultureInfo.InvariantCulture))} | {(isCompilerOnly ? "-" : Percent(share))} | {reported} | {(isCompilerOnly ? "-" : last.AnalyzerExceptions.ToString(CultureInfo.InvariantCulture))} |"));
            }

            text.AppendLine();
            text.AppendLine("BNP analyzers' own time by corpus (same size, ten times fewer socket methods in the sparse one):");
            text.AppendLine();
            text.AppendLine("| Corpus | Methods | Socket methods | BNP own time (ms) | Own time / compile wall | Compile wall (s) |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var corpus in result.Corpora)
            {
                var rows = Rows(result, corpus.Name, AnalyzerConfiguration.BindNoPort);
                var compile = Rows(result, corpus.Name, AnalyzerConfiguration.CompilerOnly);
                text.AppendLine(Invariant($"| {corpus.Name} | {corpus.Methods:N0} | {corpus.SocketMethods:N0} | {Median(rows.Select(m => m.AnalyzerMilliseconds)):F0} | {Percent(PairedMedian(result, corpus.Name, AnalyzerConfiguration.BindNoPort, (m, c) => m.AnalyzerMilliseconds / c.WallMilliseconds))} | {Median(compile.Select(m => m.WallMilliseconds)) / 1000:F1} |"));
            }

            text.AppendLine();
            var bnpShare = PairedMedian(result, dense, AnalyzerConfiguration.BindNoPort, (m, compile) => m.AnalyzerMilliseconds / compile.WallMilliseconds);
            var bnpOwn = Median(Rows(result, dense, AnalyzerConfiguration.BindNoPort).Select(m => m.AnalyzerMilliseconds));
            var ca2016Own = Median(Rows(result, dense, AnalyzerConfiguration.CA2016).Select(m => m.AnalyzerMilliseconds));
            text.AppendLine(Invariant($"- BNP own time under {BudgetShareOfCompile:P0} of compile wall: {(bnpShare < BudgetShareOfCompile ? "met" : "NOT met")} ({Percent(bnpShare)})."));
            text.AppendLine(Invariant($"- BNP own time at most {BudgetShareOfCA2016:P0} of CA2016's: {(bnpOwn <= BudgetShareOfCA2016 * ca2016Own ? "met" : "NOT met")} ({bnpOwn:F0} ms vs. {ca2016Own:F0} ms, {Percent(bnpOwn / ca2016Own)})."));
            return text.ToString();
        }

        private static List<AnalyzerMeasurement> Rows(AnalyzerCostResult result, string corpus, AnalyzerConfiguration configuration) =>
            result.Measurements.Where(m => m.Corpus == corpus && m.Configuration == configuration).OrderBy(m => m.Round).ToList();

        private static double PairedMedian(AnalyzerCostResult result, string corpus, AnalyzerConfiguration configuration, Func<AnalyzerMeasurement, AnalyzerMeasurement, double> ratio)
        {
            var compileByRound = Rows(result, corpus, AnalyzerConfiguration.CompilerOnly).ToDictionary(m => m.Round);
            return Median(Rows(result, corpus, configuration)
                .Where(m => compileByRound.ContainsKey(m.Round))
                .Select(m => ratio(m, compileByRound[m.Round])));
        }

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

            return (signed && ratio >= 0 ? "+" : string.Empty) + (ratio * 100).ToString("F2", CultureInfo.InvariantCulture) + " %";
        }

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
