using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// Medians over rounds, and differences taken between compilations of the same round (the only
    /// comparisons the load of a shared machine leaves usable), for the analyzer cost reports.
    /// </summary>
    public static class PairedStatistics
    {
        /// <summary>One corpus's measurements with one configuration, by round.</summary>
        public static List<AnalyzerMeasurement> Rows(IReadOnlyList<AnalyzerMeasurement> measurements, string corpus, AnalyzerConfiguration configuration) =>
            measurements.Where(m => m.Corpus == corpus && m.Configuration == configuration).OrderBy(m => m.Round).ToList();

        /// <summary>Per round, <paramref name="difference"/> between a configuration's compilation and the reference's of the same round.</summary>
        public static List<double> Differences(IReadOnlyList<AnalyzerMeasurement> measurements, string corpus, AnalyzerConfiguration configuration, AnalyzerConfiguration reference, Func<AnalyzerMeasurement, AnalyzerMeasurement, double> difference)
        {
            var references = Rows(measurements, corpus, reference).ToDictionary(m => m.Round);
            return Rows(measurements, corpus, configuration)
                .Where(m => references.ContainsKey(m.Round))
                .Select(m => difference(m, references[m.Round]))
                .ToList();
        }

        /// <summary>CPU over the reference's CPU of the same round, as a share of the reference's.</summary>
        public static double CpuShare(AnalyzerMeasurement measurement, AnalyzerMeasurement reference) =>
            (measurement.CpuMilliseconds - reference.CpuMilliseconds) / reference.CpuMilliseconds;

        /// <summary>The median of the rounds' CPU shares over the reference, with the smallest and largest in brackets.</summary>
        public static string Paired(IReadOnlyList<AnalyzerMeasurement> measurements, string corpus, AnalyzerConfiguration configuration, AnalyzerConfiguration reference) =>
            Spread(Differences(measurements, corpus, configuration, reference, CpuShare), signed: true);

        /// <summary>"median [smallest, largest]" of shares, or n/a.</summary>
        public static string Spread(IReadOnlyList<double> shares, bool signed = false) =>
            shares.Count == 0
                ? "n/a"
                : $"{Percent(Median(shares), signed)} [{Percent(shares.Min(), signed)}, {Percent(shares.Max(), signed)}]";

        /// <summary>The median, NaN for no values.</summary>
        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(value => value).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        /// <summary>A ratio as "12.3 %", or n/a.</summary>
        public static string Percent(double ratio, bool signed = false)
        {
            if (double.IsNaN(ratio) || double.IsInfinity(ratio))
            {
                return "n/a";
            }

            return (signed && ratio >= 0 ? "+" : string.Empty) + (ratio * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";
        }
    }
}
