using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BindNoPort.Analyzers.Flow.Measuring;
using BindNoPort.Bench.Corpus;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// The analyzer cost on source folders, as docs/performance.md quotes it: per corpus the compilation, the BNP
    /// analyzers' and CA2016's own time, BNP's phases and what it reported; the sums over the real projects, and the
    /// verdict on each target. Every time is the minimum over the rounds, each round a fresh compilation.
    /// </summary>
    public static class SourceFolderReport
    {
        /// <summary>Corpora at least this large may not exceed <see cref="LargeCorpusShare"/>.</summary>
        public const int LargeCorpusLines = 10_000;

        /// <summary>The most a large corpus's BNP own time may be, as a share of its compilation.</summary>
        public const double LargeCorpusShare = 0.03;

        private static readonly AnalysisPhase[] Phases = Enum.GetValues<AnalysisPhase>();

        /// <summary>The markdown tables, the verdicts and every BNP diagnostic.</summary>
        public static string Build(SourceFolderCostResult result)
        {
            var rows = result.Folders.Select(folder => Row.Of(folder, result.Measurements, result.Phases?.FirstOrDefault(m => m.Corpus == folder.Name))).ToList();
            var rounds = result.Measurements.Select(m => m.Round).Distinct().Count();
            var text = new StringBuilder();
            text.AppendLine(Invariant($"{rounds} round(s); each time is the minimum over them, each a fresh compilation. Compilation: the compiler alone, wall time. BNP ({string.Join(", ", result.BindNoPortAnalyzers)}) and CA2016: each set alone with the compiler, its own time from the driver's log. Phases: the work of BNP's flow rules (BNP001, 2, 4, 5) by stage, in the processor time of the threads doing it (not stretched by other load, unlike own time), from one more compilation that times them; blocks: code blocks given a flow analysis; summaries: facts computed about other methods and members; candidate methods: methods that call Bind, Connect, ConnectAsync or BeginConnect of Socket or TcpClient, or create a TcpClient from an endpoint (the census's count, independent of the engine)."));
            text.AppendLine();
            text.AppendLine("| Corpus | Lines | Compilation (ms) | BNP (ms) | Share | CA2016 (ms) | x CA2016 | " + string.Join(" | ", Phases.Select(phase => phase + " (ms)")) + " | Blocks | Summaries | Candidate methods | Per candidate method (ms) | BNP diagnostics | Compiler errors |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|" + string.Concat(Phases.Select(_ => "---:|")) + "---:|---:|---:|---:|---:|---:|");
            foreach (var row in rows)
            {
                text.AppendLine(row.Line());
            }

            var real = rows.Where(row => !row.IsGenerated).ToList();
            if (real.Count > 1)
            {
                text.AppendLine(Row.Sum(Invariant($"**{real.Count} projects**"), real).Line());
            }

            text.AppendLine();
            text.AppendLine(Invariant($"Targets: BNP own time at most {CostTargets.ShareOfCompilation:P0} of the compilation and at most {CostTargets.MultipleOfCA2016:F1} x CA2016's, summed over the real projects and on each generated corpus; no project of {LargeCorpusLines:N0} lines or more above {LargeCorpusShare:P0}."));
            text.AppendLine();
            if (real.Count > 0)
            {
                text.AppendLine(Verdict(Invariant($"{real.Count} projects together"), Row.Sum("sum", real)));
            }

            foreach (var generated in rows.Where(row => row.IsGenerated))
            {
                text.AppendLine(Verdict(generated.Name, generated));
            }

            var overLimit = real.Where(row => row.Lines >= LargeCorpusLines && row.Share > LargeCorpusShare).Select(row => Invariant($"{row.Name} {row.Share:P1}")).ToList();
            text.AppendLine(Invariant($"- Projects of {LargeCorpusLines:N0} lines or more above {LargeCorpusShare:P0}: {(overLimit.Count == 0 ? "none (met)" : string.Join(", ", overLimit) + " (NOT met)")}."));
            text.AppendLine();
            text.AppendLine("BNP diagnostics (last round):");
            text.AppendLine();
            text.AppendLine("```text");
            foreach (var line in FindingLines(result))
            {
                text.AppendLine(line);
            }

            text.AppendLine("```");
            return text.ToString();
        }

        /// <summary>Every BNP diagnostic of the last round, one "corpus: path(line): ID" line each, sorted: a run compares to another with diff.</summary>
        public static IEnumerable<string> FindingLines(SourceFolderCostResult result) =>
            result.Folders.SelectMany(folder => (result.Measurements
                    .Where(m => m.Corpus == folder.Name && m.Configuration == AnalyzerConfiguration.BindNoPort)
                    .OrderBy(m => m.Round)
                    .LastOrDefault()?.Findings ?? Array.Empty<string>())
                .Select(finding => folder.Name + ": " + finding))
            .OrderBy(line => line, StringComparer.Ordinal);

        private static string Verdict(string name, Row row) =>
            Invariant($"- {name}: {row.Share:P2} of the compilation ({(row.Share <= CostTargets.ShareOfCompilation ? "met" : "NOT met")}), {row.MultipleOfCA2016:F2} x CA2016 ({(row.MultipleOfCA2016 <= CostTargets.MultipleOfCA2016 ? "met" : "NOT met")}).");

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>One corpus's figures, or the sum of several.</summary>
        private sealed record Row(string Name, bool IsGenerated, long Lines, double Compilation, double Bnp, double CA2016, double[] PhaseMilliseconds, long Blocks, long Summaries, long CandidateMethods, int Diagnostics, int CompilerErrors)
        {
            public double Share => Bnp / Compilation;

            public double MultipleOfCA2016 => Bnp / CA2016;

            public static Row Of(SourceFolderDescription folder, IReadOnlyList<AnalyzerMeasurement> measurements, AnalyzerMeasurement? timed)
            {
                List<AnalyzerMeasurement> Of(AnalyzerConfiguration configuration) =>
                    measurements.Where(m => m.Corpus == folder.Name && m.Configuration == configuration).ToList();

                var bnp = Of(AnalyzerConfiguration.BindNoPort);
                var cheapest = bnp.OrderBy(m => m.AnalyzerMilliseconds).First();
                var phases = timed?.PhaseMilliseconds?.ToArray() ?? new double[Phases.Length];
                var entries = timed?.PhaseEntries ?? new long[Phases.Length];
                return new Row(
                    folder.Name,
                    folder.Name.StartsWith(GeneratedFolder.Prefix, StringComparison.Ordinal),
                    folder.Lines,
                    Of(AnalyzerConfiguration.CompilerOnly).Min(m => m.WallMilliseconds),
                    cheapest.AnalyzerMilliseconds,
                    Of(AnalyzerConfiguration.CA2016).Min(m => m.AnalyzerMilliseconds),
                    phases,
                    entries[(int)AnalysisPhase.Verdicts],
                    entries[(int)AnalysisPhase.Summaries],
                    folder.CandidateMethods,
                    bnp.OrderBy(m => m.Round).Last().Findings?.Count ?? 0,
                    folder.CompilerErrors.Values.Sum());
            }

            public static Row Sum(string name, IReadOnlyList<Row> rows) => new Row(
                name,
                false,
                rows.Sum(row => row.Lines),
                rows.Sum(row => row.Compilation),
                rows.Sum(row => row.Bnp),
                rows.Sum(row => row.CA2016),
                Phases.Select(phase => rows.Sum(row => row.PhaseMilliseconds[(int)phase])).ToArray(),
                rows.Sum(row => row.Blocks),
                rows.Sum(row => row.Summaries),
                rows.Sum(row => row.CandidateMethods),
                rows.Sum(row => row.Diagnostics),
                rows.Sum(row => row.CompilerErrors));

            public string Line() =>
                Invariant($"| {Name} | {Lines:N0} | {Compilation:F0} | {Bnp:F1} | {Share:P2} | {CA2016:F1} | {MultipleOfCA2016:F2} | ")
                + string.Join(" | ", PhaseMilliseconds.Select(value => value.ToString("F1", CultureInfo.InvariantCulture)))
                + Invariant($" | {Blocks:N0} | {Summaries:N0} | {CandidateMethods:N0} | {(CandidateMethods == 0 ? "-" : (Bnp / CandidateMethods).ToString("F1", CultureInfo.InvariantCulture))} | {Diagnostics} | {CompilerErrors:N0} |");
        }
    }
}
