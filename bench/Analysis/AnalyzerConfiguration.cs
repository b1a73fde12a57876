namespace BindNoPort.Bench.Analysis
{
    /// <summary>What runs alongside the compiler in one measurement.</summary>
    public enum AnalyzerConfiguration
    {
        /// <summary>Compilation.GetDiagnostics, no analyzer driver.</summary>
        CompilerOnly,

        /// <summary>The driver with an analyzer that registers nothing.</summary>
        EmptyAnalyzer,

        /// <summary>Every BNP analyzer of the package.</summary>
        BindNoPort,

        /// <summary>NetAnalyzers with only CA2016 (forward the CancellationToken) enabled.</summary>
        CA2016,

        /// <summary>NetAnalyzers with only CA2000 (dispose objects before losing scope) enabled.</summary>
        CA2000,

        /// <summary>An invocation-operation callback on every call.</summary>
        NaiveInvocation,

        /// <summary>The BNP001 analyzer cut after one of its stages (<see cref="StageCutAnalyzer"/>).</summary>
        BindNoPortStageCut,
    }
}
