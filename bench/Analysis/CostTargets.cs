using System.Collections.Generic;
using System.Linq;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>The analyzer cost targets of docs/performance.md, each analyzer measured alone.</summary>
    public static class CostTargets
    {
        /// <summary>BNP analyzers' cost: at most this share of the compilation.</summary>
        public const double ShareOfCompilation = 0.01;

        /// <summary>BNP analyzers' cost: at most this multiple of CA2016's.</summary>
        public const double MultipleOfCA2016 = 0.5;

        /// <summary>Met or not only when every round is on the same side of the limit; otherwise the noise decides it.</summary>
        public static string Verdict(IReadOnlyCollection<double> rounds, double limit) =>
            rounds.Count == 0 ? "n/a"
            : rounds.Max() <= limit ? "met"
            : rounds.Min() > limit ? "NOT met"
            : "not resolved by this run";
    }
}
