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
using BindNoPort.Bench.Profiling;
using BindNoPort.Bench.RealBuild;
using BindNoPort.Bench.Sockets;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Bench
{
    /// <summary>
    /// Runs the BenchmarkDotNet benchmarks selected by --filter, then the experiments whose names the same
    /// filter matches (analyzer cost, port scale), and prints every table. The bench's own options (--short,
    /// --lines N, --corpus DIR, --corpora DIR, --generated N) are described in <see cref="BenchArguments"/>.
    /// Commands: "corpus [dense|sparse] [lines]" compiles one generated corpus once and prints what it holds,
    /// "corpus DIR" counts what a source folder holds; "analyzer-report file.json" prints the analyzer tables
    /// of an earlier run again; "real-build PROJECT..." builds projects with and without the packed package
    /// (<see cref="RealBuildExperiment"/>); "profile DIR" compiles one folder with the BNP analyzers alone, to
    /// run under dotnet-trace, "trace-report FILE" reads that trace, and "stage-cut DIR..." times the BNP001 analyzer
    /// cut after each of its stages (docs/performance.md, section 3).
    /// </summary>
    public static class Program
    {
        private static readonly JsonSerializerOptions JsonOptions = new JsonSerializerOptions { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

        /// <summary>Entry point.</summary>
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "corpus")
            {
                return DescribeCorpus(args.Skip(1).ToArray());
            }

            if (args.Length > 0 && args[0] == ProfileCommand.Name)
            {
                return ProfileCommand.Run(args.Skip(1).ToArray());
            }

            if (args.Length > 0 && args[0] == StageCutCommand.Name)
            {
                return StageCutCommand.Run(args.Skip(1).ToArray());
            }

            if (args.Length > 0 && args[0] == SpeedscopeReport.Name)
            {
                return SpeedscopeReport.Run(args.Skip(1).ToArray());
            }

            if (args.Length > 0 && args[0] == RealBuildExperiment.Command)
            {
                return RealBuild(args.Skip(1).ToArray());
            }

            if (args.Length > 0 && args[0] == PortScaleExperiment.InNamespaceCommand)
            {
                return PortScaleExperiment.RunInNamespace();
            }

            if (args.Length > 1 && args[0] == "analyzer-report")
            {
                Console.WriteLine(AnalyzerReportOf(File.ReadAllText(args[1])));
                return 0;
            }

            var arguments = BenchArguments.Parse(args);
            if (arguments.Lines is int lines)
            {
                Environment.SetEnvironmentVariable(BenchSettings.LinesVariable, lines.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var filters = Filters(arguments.BenchmarkArguments);
            var artifacts = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
            var results = Path.Combine(artifacts, "bnp");
            Directory.CreateDirectory(results);
            Environment.SetEnvironmentVariable(BenchSettings.ShortVariable, arguments.IsShort ? "1" : "0");

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments.BenchmarkArguments, DefaultConfig.Instance.WithArtifactsPath(artifacts));

            // Folders given with --corpus are measured instead of the generated corpora.
            if (Matches(filters, AnalyzerCostExperiment.Name) && (arguments.CorpusFolders.Count > 0 || arguments.GeneratedLines is not null))
            {
                var folders = arguments.GeneratedLines is int generated
                    ? arguments.CorpusFolders.Append(GeneratedFolder.Write(CorpusSpec.Dense(generated), Path.Combine(artifacts, "corpora"))).ToList()
                    : arguments.CorpusFolders;
                var result = SourceFolderCostExperiment.Run(folders, BenchSettings.SourceFolderRounds, Console.Out);
                File.WriteAllText(Path.Combine(results, "analyzer-cost-corpus.json"), JsonSerializer.Serialize(result, JsonOptions));
                Publish(results, "analyzer-cost-corpus.md", SourceFolderReport.Build(result));
                File.WriteAllLines(Path.Combine(results, "analyzer-findings.txt"), SourceFolderReport.FindingLines(result));
            }
            else if (Matches(filters, AnalyzerCostExperiment.Name))
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

        // analyzer-cost.json and analyzer-cost-corpus.json: the latter holds the folders it measured.
        private static string AnalyzerReportOf(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty(nameof(SourceFolderCostResult.Folders), out _)
                ? SourceFolderReport.Build(JsonSerializer.Deserialize<SourceFolderCostResult>(json, JsonOptions)!)
                : AnalyzerReport.Build(JsonSerializer.Deserialize<AnalyzerCostResult>(json, JsonOptions)!);
        }

        // real-build PROJECT [PROJECT ...] [--rounds N] [--msbuild-arg ARG ...]
        private static int RealBuild(string[] args)
        {
            var projects = new List<string>();
            var msbuildArguments = new List<string>();
            var rounds = 5;
            for (var index = 0; index < args.Length; index++)
            {
                switch (args[index])
                {
                    case "--rounds" when index + 1 < args.Length:
                        rounds = int.Parse(args[++index], System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    case "--msbuild-arg" when index + 1 < args.Length:
                        msbuildArguments.Add(args[++index]);
                        break;
                    case var project when File.Exists(project):
                        projects.Add(project);
                        break;
                    default:
                        Console.Error.WriteLine($"{RealBuildExperiment.Command}: '{args[index]}' is neither a project file nor an option. Usage: {RealBuildExperiment.Command} PROJECT.csproj [...] [--rounds N] [--msbuild-arg ARG ...]");
                        return 2;
                }
            }

            if (projects.Count == 0)
            {
                Console.Error.WriteLine($"Usage: {RealBuildExperiment.Command} PROJECT.csproj [...] [--rounds N] [--msbuild-arg ARG ...]");
                return 2;
            }

            var result = RealBuildExperiment.Run(projects, rounds, msbuildArguments, Console.Out);
            var results = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "bnp");
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "real-build.json"), JsonSerializer.Serialize(result, JsonOptions));
            Publish(results, "real-build.md", RealBuildReport.Build(result));
            return 0;
        }

        private static int DescribeCorpus(string[] args)
        {
            if (args.Length > 0 && Directory.Exists(args[0]))
            {
                return DescribeSourceFolder(args[0]);
            }

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

        private static int DescribeSourceFolder(string folder)
        {
            var description = SourceFolderCensus.Take(SourceFolderCorpus.Load(folder));
            Console.WriteLine(JsonSerializer.Serialize(description, JsonOptions));
            return 0;
        }
    }
}
