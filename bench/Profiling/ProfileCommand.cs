using System;
using System.Globalization;
using System.Linq;
using BindNoPort.Bench.Analysis;
using BindNoPort.Bench.Corpus;

namespace BindNoPort.Bench.Profiling
{
    /// <summary>
    /// `profile DIR [--rounds N]`: compiles one folder with the BNP analyzers alone, a warm-up and then N rounds, and
    /// prints each round's own time; run it under dotnet-trace to see where the time goes (docs/performance.md).
    /// </summary>
    public static class ProfileCommand
    {
        /// <summary>The bench's command.</summary>
        public const string Name = "profile";

        public static int Run(string[] args)
        {
            var arguments = FolderArguments.Parse(args, defaultRounds: 5, out var error);
            if (arguments is not { Folders.Count: 1 })
            {
                Console.Error.WriteLine($"{Name}: {error ?? "one folder."} Usage: {Name} DIR [--rounds N]");
                return 2;
            }

            var folder = arguments.Folders[0];
            var rounds = arguments.Rounds;
            var corpus = SourceFolderCorpus.Load(folder);
            var setup = AnalyzerSetup.Create(AnalyzerConfiguration.BindNoPort);
            for (var round = 0; round <= rounds; round++)
            {
                var measurement = AnalyzerMeasurer.Measure(corpus, AnalyzerConfiguration.BindNoPort, setup, round);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(round == 0 ? "warm-up" : "round " + round)}: {measurement.WallMilliseconds:F0} ms wall, {measurement.CpuMilliseconds:F0} ms CPU, BNP own time {measurement.AnalyzerMilliseconds:F1} ms ({string.Join(", ", (measurement.OwnMillisecondsByAnalyzer ?? new System.Collections.Generic.Dictionary<string, double>()).Select(own => $"{own.Key} {own.Value:F1}"))})"));
            }

            return 0;
        }
    }
}
