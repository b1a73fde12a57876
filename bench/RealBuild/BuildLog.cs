using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace BindNoPort.Bench.RealBuild
{
    /// <summary>
    /// What one `dotnet build -v:d -clp:PerformanceSummary -p:ReportAnalyzer=true` printed: the Csc task's time, each
    /// analyzer assembly's time from the compiler's own report, and the BNP warnings.
    /// </summary>
    public sealed record BuildLog(double CscMilliseconds, IReadOnlyDictionary<string, double> AnalyzerSeconds, int BnpWarnings)
    {
        /// <summary>Where the compiler's report names the BNP analyzers.</summary>
        public const string BindNoPortAssembly = "BindNoPort.Analyzers";

        // "     2553 ms  Csc                                        1 calls" in the task performance summary.
        private static readonly Regex CscLine = new Regex(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        // "            0.305   33   BindNoPort.Analyzers, Version=0.1.0.0, ...": one line per analyzer assembly; the
        // analyzers inside it are indented further and carry no version.
        private static readonly Regex AssemblyLine = new Regex(@"^\s+(<?[\d.]+)\s+<?\d+\s+([^\s,]+), Version=", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        // "File.cs(12,5): warning BNP001: ...": the build prints each twice, as it happens and in its summary.
        private static readonly Regex BnpWarning = new Regex(@"(\S+\(\d+,\d+\)): warning (BNP\d{3}):", RegexOptions.CultureInvariant);

        /// <summary>The NetAnalyzers assemblies the SDK adds by default.</summary>
        public double NetAnalyzersSeconds => AnalyzerSeconds.Where(pair => pair.Key.EndsWith(".NetAnalyzers", StringComparison.Ordinal)).Sum(pair => pair.Value);

        /// <summary>The BNP analyzers' time; 0 when the build did not load them.</summary>
        public double BindNoPortSeconds => AnalyzerSeconds.TryGetValue(BindNoPortAssembly, out var seconds) ? seconds : 0;

        /// <summary>Reads the build's output; throws when it holds no Csc time (the build did not compile).</summary>
        public static BuildLog Parse(string output)
        {
            var csc = CscLine.Matches(output).Select(match => double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            if (csc.Count == 0)
            {
                throw new InvalidOperationException("The build printed no Csc time: it did not compile (see its output above).");
            }

            // A multi-targeted project reports once per compilation: the times add up, as the Csc task's do.
            var analyzers = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (Match match in AssemblyLine.Matches(output))
            {
                var name = match.Groups[2].Value;
                analyzers[name] = analyzers.GetValueOrDefault(name) + Seconds(match.Groups[1].Value);
            }

            var warnings = BnpWarning.Matches(output).Select(match => match.Value).Distinct(StringComparer.Ordinal).Count();
            return new BuildLog(csc.Last(), analyzers, warnings);
        }

        private static double Seconds(string text) =>
            text.StartsWith('<') ? 0 : double.Parse(text, CultureInfo.InvariantCulture);
    }
}
