using System.Collections.Generic;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// One compilation of one corpus with one configuration: wall time, processor time of the whole
    /// process (every thread, GC included), the measured analyzers' own execution time as the driver
    /// logged it, and what was reported.
    /// </summary>
    public sealed record AnalyzerMeasurement(
        string Corpus,
        AnalyzerConfiguration Configuration,
        int Round,
        double WallMilliseconds,
        double CpuMilliseconds,
        double AnalyzerMilliseconds,
        int CompilerErrors,
        int AnalyzerExceptions,
        IReadOnlyDictionary<string, int> AnalyzerDiagnostics);
}
