namespace BindNoPort.Analyzers.Flow.Measuring
{
    /// <summary>The stages the path from a Bind to a diagnostic goes through, as the bench times them.</summary>
    internal enum AnalysisPhase
    {
        /// <summary>
        /// The binding names found at compilation start, before any semantic work. The text test of each code block is
        /// not timed: reading the clock twice would cost more than the test.
        /// </summary>
        Prefilter,

        /// <summary>The operation actions that collect the binds of a code block that passed the prefilter.</summary>
        Candidates,

        /// <summary>Control-flow graphs built for code blocks with a candidate and for the methods summarized.</summary>
        Graphs,

        /// <summary>Facts about other methods and members: summaries, member socket facts, reach.</summary>
        Summaries,

        /// <summary>The flow analysis of a code block with a candidate, to its diagnostics.</summary>
        Verdicts,
    }
}
