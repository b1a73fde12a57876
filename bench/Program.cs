using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using BindNoPort.Bench.Analysis;
using BindNoPort.Bench.Corpus;
using BindNoPort.Bench.Sockets;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Bench
{
    /// <summary>
    /// Runs the BenchmarkDotNet benchmarks selected by --filter, then the experiments whose names the same
    /// filter matches (analyzer cost, port scale), and prints every table. --short runs small corpora and
    /// few iterations, --lines N sets the corpus size. "corpus [dense|sparse] [lines]" compiles one corpus once and
    /// prints what it holds; "analyzer-report file.json" prints the analyzer tables of an earlier run again.
    /// </summary>
    public static class Program
    {
        private const string ShortOption = "--short";
        private const string LinesOption = "--lines";
        private static readonly JsonSerializerOptions JsonOptions = new JsonSerializerOptions { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

        /// <summary>Entry point.</summary>
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "corpus")
            {
                return DescribeCorpus(args.Skip(1).ToArray());
            }

            if (args.Length > 0 && args[0] == PortScaleExperiment.InNamespaceCommand)
            {
                return PortScaleExperiment.RunInNamespace();
            }

            if (args.Length > 1 && args[0] == "analyzer-report")
            {
                Console.WriteLine(AnalyzerReport.Build(JsonSerializer.Deserialize<AnalyzerCostResult>(File.ReadAllText(args[1]), JsonOptions)!));
                return 0;
            }

            var isShort = args.Contains(ShortOption);
            var linesAt = Array.IndexOf(args, LinesOption);
            if (linesAt >= 0 && linesAt + 1 < args.Length)
            {
                Environment.SetEnvironmentVariable(BenchSettings.LinesVariable, args[linesAt + 1]);
                args = args.Where((_, index) => index != linesAt && index != linesAt + 1).ToArray();
            }

            var benchmarkArgs = args.Where(arg => arg != ShortOption).ToArray();
            var filters = Filters(benchmarkArgs);
            var artifacts = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
            var results = Path.Combine(artifacts, "bnp");
            Directory.CreateDirectory(results);
            Environment.SetEnvironmentVariable(BenchSettings.ShortVariable, isShort ? "1" : "0");

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs, DefaultConfig.Instance.WithArtifactsPath(artifacts));

            if (Matches(filters, AnalyzerCostExperiment.Name))
            {
                var result = AnalyzerCostExperiment.Run(BenchSettings.CorpusLines, BenchSettings.AnalyzerRounds, Console.Out);
                File.WriteAllText(Path.Combine(results, "analyzer-cost.json"), JsonSerializer.Serialize(result, JsonOptions));
                Publish(results, "analyzer-cost.md", AnalyzerReport.Build(result));
            }

            if (Matches(filters, ConnectionPairedExperiment.Name))
            {
                Publish(results, "connection-paired.md", ConnectionPairedExperiment.Run());
            }

            if (Matches(filters, PortScaleExperiment.Name))
            {
                Publish(results, "port-scale.md", PortScaleExperiment.Run());
            }

            return 0;
        }

        private static IReadOnlyList<string> Filters(string[] args)
        {
            var filters = new List<string>();
            for (var index = 0; index < args.Length; index++)
            {
                if (args[index] is "--filter" or "-f")
                {
                    for (index++; index < args.Length && !args[index].StartsWith('-'); index++)
                    {
                        filters.Add(args[index]);
                    }

                    index--;
                }
            }

            return filters;
        }

        // The same glob BenchmarkDotNet applies to benchmark names.
        private static bool Matches(IReadOnlyList<string> filters, string name) =>
            filters.Any(filter => Regex.IsMatch(name, "^" + Regex.Escape(filter).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.IgnoreCase));

        private static void Publish(string results, string fileName, string markdown)
        {
            var path = Path.Combine(results, fileName);
            File.WriteAllText(path, markdown);
            Console.WriteLine();
            Console.WriteLine($"// {path}");
            Console.WriteLine(markdown);
        }

        private static int DescribeCorpus(string[] args)
        {
            var lines = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : BenchSettings.ShortCorpusLines;
            var spec = args.Length > 0 && args[0] == "sparse" ? CorpusSpec.Sparse(lines) : CorpusSpec.Dense(lines);
            var corpus = CorpusCompilation.Load(spec);
            var diagnostics = corpus.CreateCompilation().GetDiagnostics();
            var errors = diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
            Console.WriteLine(corpus.Describe());
            Console.WriteLine($"compiler: {errors.Count} errors; others: " + string.Join(", ", diagnostics.Except(errors).GroupBy(diagnostic => diagnostic.Id).Select(group => $"{group.Key} x{group.Count()}")));
            foreach (var diagnostic in errors.Take(20))
            {
                Console.WriteLine(diagnostic);
            }

            return errors.Count == 0 ? 0 : 1;
        }
    }
}
