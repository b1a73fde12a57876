using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using static BindNoPort.Bench.Analysis.PairedStatistics;

namespace BindNoPort.Bench.RealBuild
{
    /// <summary>The real-build tables: Csc time with and without the package, fastest and median, and the compiler's analyzer report.</summary>
    public static class RealBuildReport
    {
        /// <summary>The package may add at most this share to the Csc task.</summary>
        public const double AddedCompileTarget = 0.02;

        /// <summary>The markdown tables and the verdict on each target, per project.</summary>
        public static string Build(RealBuildResult result)
        {
            var text = new StringBuilder();
            var rounds = result.Measurements.Select(m => m.Round).Distinct().Count();
            text.AppendLine(Invariant($"{rounds} measured rounds per project, the two setups alternating, after an unmeasured restore and build of each. Package {result.PackageVersion}; extra MSBuild arguments: {(result.MSBuildArguments.Count == 0 ? "none" : string.Join(" ", result.MSBuildArguments))}; compiler server: {(result.SharedCompilation ? "on (one VBCSCompiler for every build)" : "off (UseSharedCompilation=false: every build starts its own csc)")}."));
            text.AppendLine();
            text.AppendLine("| Project | Csc without, fastest / median (ms) | Csc with, fastest / median (ms) | Added, fastest / median | BNP analyzers, median (s) | Default NetAnalyzers, median (s) | BNP warnings |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            var verdicts = new List<string>();
            foreach (var project in result.Measurements.Select(m => m.Project).Distinct())
            {
                var without = Csc(result, project, BuildSetup.WithoutPackage);
                var with = Csc(result, project, BuildSetup.WithPackage);
                var withBuilds = result.Measurements.Where(m => m.Project == project && m.Setup == BuildSetup.WithPackage).Select(m => m.Log).ToList();
                var bnp = Median(withBuilds.Select(log => log.BindNoPortSeconds));
                var netAnalyzers = Median(withBuilds.Select(log => log.NetAnalyzersSeconds));
                var addedFastest = (with.Min() - without.Min()) / without.Min();
                var addedMedian = (Median(with) - Median(without)) / Median(without);
                var warnings = string.Join(", ", withBuilds.Select(log => log.BnpWarnings).Distinct());
                text.AppendLine(Invariant($"| {project} | {without.Min():F0} / {Median(without):F0} | {with.Min():F0} / {Median(with):F0} | {Percent(addedFastest, signed: true)} / {Percent(addedMedian, signed: true)} | {bnp:F3} | {netAnalyzers:F3} | {warnings} |"));
                var compileMet = addedFastest <= AddedCompileTarget && addedMedian <= AddedCompileTarget;
                verdicts.Add(Invariant($"- {project}: adds at most {AddedCompileTarget:P0} to Csc (fastest and median): {(compileMet ? "met" : "NOT met")}; BNP's ReportAnalyzer time below the default NetAnalyzers': {(bnp < netAnalyzers ? "met" : "NOT met")}."));
            }

            text.AppendLine();
            text.AppendLine("Targets:");
            text.AppendLine();
            foreach (var verdict in verdicts)
            {
                text.AppendLine(verdict);
            }

            return text.ToString();
        }

        private static List<double> Csc(RealBuildResult result, string project, BuildSetup setup) =>
            result.Measurements.Where(m => m.Project == project && m.Setup == setup).Select(m => m.Log.CscMilliseconds).ToList();

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
