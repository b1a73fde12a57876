using System;

namespace BindNoPort.Bench
{
    /// <summary>
    /// Run length settings; the entry point passes them to the benchmark processes BenchmarkDotNet starts
    /// through the environment they inherit.
    /// </summary>
    public static class BenchSettings
    {
        /// <summary>Set to 1 by --short: small corpora and few iterations, for a quick check.</summary>
        public const string ShortVariable = "BNP_BENCH_SHORT";

        /// <summary>Lines of generated code in the full run, as the performance page quotes them.</summary>
        public const int FullCorpusLines = 300_000;

        /// <summary>Lines of generated code in the short run.</summary>
        public const int ShortCorpusLines = 30_000;

        /// <summary>Whether this is the short run.</summary>
        public static bool IsShort => Environment.GetEnvironmentVariable(ShortVariable) == "1";

        /// <summary>Set by --lines N: the corpus size, for a quick look at a smaller or larger corpus.</summary>
        public const string LinesVariable = "BNP_BENCH_LINES";

        /// <summary>Lines of generated code per corpus.</summary>
        public static int CorpusLines =>
            int.TryParse(Environment.GetEnvironmentVariable(LinesVariable), out var lines) ? lines
            : IsShort ? ShortCorpusLines : FullCorpusLines;

        /// <summary>Measured rounds of the analyzer cost experiment (every configuration once per round, minutes each at full size).</summary>
        public static int AnalyzerRounds => 2;

        /// <summary>Measured rounds on source folders (--corpus); CA2000 alone can take minutes on one project under load.</summary>
        public static int SourceFolderRounds => IsShort ? 1 : 3;
    }
}
