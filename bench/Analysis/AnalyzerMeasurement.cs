using System.Collections.Generic;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// One compilation of one corpus with one configuration: wall time, processor time of the whole
    /// process (every thread, GC included), the measured analyzers' own execution time as the driver
    /// logged it (in total and per analyzer type), what was reported and, for the BNP analyzers, where
    /// ("path(line): id"), and for the BNP analyzers the time and entries of each analysis phase, by
    /// <c>AnalysisPhase</c> ordinal. Those last four are null where they were not recorded.
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
        IReadOnlyDictionary<string, int> AnalyzerDiagnostics,
        IReadOnlyDictionary<string, double>? OwnMillisecondsByAnalyzer = null,
        IReadOnlyList<string>? Findings = null,
        IReadOnlyList<double>? PhaseMilliseconds = null,
        IReadOnlyList<long>? PhaseEntries = null);
}
