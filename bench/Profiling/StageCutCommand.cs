using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BindNoPort.Analyzers;
using BindNoPort.Bench.Analysis;
using BindNoPort.Bench.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Bench.Profiling
{
    /// <summary>
    /// `stage-cut DIR... [--rounds N]`: the BNP001 analyzer's own time cut by stages, as the driver charges it. Each round
    /// compiles each folder once per cut, interleaved: the compilation start alone, then an empty callback per code block,
    /// then the per-block text test, then the whole analyzer; each cut is the minimum over the rounds, and each stage's
    /// share is the difference between one cut and the one before. Prints a table and writes it to
    /// BenchmarkDotNet.Artifacts/bnp/stage-cut.md.
    /// </summary>
    public static class StageCutCommand
    {
        /// <summary>The bench's command.</summary>
        public const string Name = "stage-cut";

        private const string Usage = "Usage: " + Name + " DIR... [--rounds N]";

        public static int Run(string[] args)
        {
            var arguments = FolderArguments.Parse(args, defaultRounds: 5, out var error);
            if (arguments is null || arguments.Folders.Count == 0 || arguments.Rounds == 0)
            {
                Console.Error.WriteLine($"{Name}: {error ?? "a folder and at least one round."} {Usage}");
                return 2;
            }

            var rounds = arguments.Rounds;
            var folders = arguments.Folders;
            var rows = folders.Select(folder => Measure(SourceFolderCorpus.Load(folder), rounds)).ToList();
            var table = Table(rows, rounds);
            Console.WriteLine(table);
            var results = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "bnp");
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "stage-cut.md"), table);
            return 0;
        }

        private static Row Measure(SourceFolderCorpus corpus, int rounds)
        {
            // The whole analyzer last: each cut adds a stage to the one before it.
            var cuts = Enum.GetValues<BindStage>().Select(stage => (DiagnosticAnalyzer)new StageCutAnalyzer(stage)).Append(new BindBeforeConnectAnalyzer()).ToList();
            var fastest = cuts.Select(_ => double.MaxValue).ToArray();
            for (var round = 0; round <= rounds; round++)
            {
                for (var cut = 0; cut < cuts.Count; cut++)
                {
                    var measurement = AnalyzerMeasurer.Measure(corpus, AnalyzerConfiguration.BindNoPortStageCut, AnalyzerSetup.Alone(cuts[cut]), round);

                    // Round 0 loads and compiles the analyzers and the compiler's code paths, and is not kept.
                    if (round > 0)
                    {
                        fastest[cut] = Math.Min(fastest[cut], measurement.AnalyzerMilliseconds);
                    }
                }

                Console.Error.WriteLine($"{corpus.Name}: {(round == 0 ? "warm-up" : "round " + round.ToString(CultureInfo.InvariantCulture))} done");
            }

            return new Row(corpus.Name, corpus.Lines, fastest);
        }

        private static string Table(IReadOnlyList<Row> rows, int rounds)
        {
            var text = new StringBuilder();
            text.AppendLine(Invariant($"BNP001 analyzer's own time by stage, the minimum of {rounds} rounds of each cut (ms); a stage is the difference between its cut and the one before."));
            text.AppendLine();
            text.AppendLine("| Corpus | Lines | Compilation start | Empty callback per block | Per-block text test | Analysis of the blocks that pass | Whole rule |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var row in rows.Append(Sum(rows)))
            {
                var cuts = row.Cuts;
                text.AppendLine(Invariant($"| {row.Name} | {row.Lines:N0} | {cuts[0]:F1} | {cuts[1] - cuts[0]:F1} | {cuts[2] - cuts[1]:F1} | {cuts[3] - cuts[2]:F1} | {cuts[3]:F1} |"));
            }

            return text.ToString();
        }

        private static Row Sum(IReadOnlyList<Row> rows) =>
            new Row("**all**", rows.Sum(row => row.Lines), Enumerable.Range(0, rows[0].Cuts.Count).Select(cut => rows.Sum(row => row.Cuts[cut])).ToArray());

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        private sealed record Row(string Name, int Lines, IReadOnlyList<double> Cuts);
    }
}
