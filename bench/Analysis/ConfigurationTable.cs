using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static BindNoPort.Bench.Analysis.PairedStatistics;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>The side-by-side table of one corpus: every configuration measured on it, one row each.</summary>
    public static class ConfigurationTable
    {
        /// <summary>Appends the explanation and the table.</summary>
        public static void Write(StringBuilder text, IReadOnlyList<AnalyzerMeasurement> measurements, string corpus)
        {
            text.AppendLine(Invariant($"Corpus '{corpus}'. CPU is the processor time of the whole process (all threads, GC included) during the compilation; \"over baseline\" is CPU minus the empty analyzer's CPU in the same round, as a share of the baseline's CPU."));
            text.AppendLine();
            text.AppendLine("| Configuration | Wall (s) | CPU (s) | CPU over compiler only | CPU over baseline | Own time, driver log (ms) | Reported | AD0001 |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---|---:|");
            foreach (var configuration in Enum.GetValues<AnalyzerConfiguration>())
            {
                var rows = Rows(measurements, corpus, configuration);
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
                text.AppendLine(Invariant($"| {configuration} | {Median(rows.Select(m => m.WallMilliseconds)) / 1000:F1} | {Median(rows.Select(m => m.CpuMilliseconds)) / 1000:F1} | {(isCompilerOnly ? "-" : Paired(measurements, corpus, configuration, AnalyzerConfiguration.CompilerOnly))} | {(isCompilerOnly || isBaseline ? "-" : Paired(measurements, corpus, configuration, AnalyzerConfiguration.EmptyAnalyzer))} | {(isCompilerOnly ? "-" : Median(rows.Select(m => m.AnalyzerMilliseconds)).ToString("F0", CultureInfo.InvariantCulture))} | {reported} | {(isCompilerOnly ? "-" : last.AnalyzerExceptions.ToString(CultureInfo.InvariantCulture))} |"));
            }
        }

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
