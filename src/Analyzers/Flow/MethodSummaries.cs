using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The summaries of the compilation's methods, computed on first use and cached for the compilation. A summary
    /// may use its callees' summaries, nested up to <see cref="NestingCap"/> calls deep; past the cap a callee is
    /// code not seen, and a summary that met the cap is cached for its depth only, so a result never depends on
    /// which caller asked first. Cycles end at the cap.
    /// </summary>
    internal sealed class MethodSummaries
    {
        /// <summary>How many calls deep summaries nest.</summary>
        public const int NestingCap = 4;

        private readonly FlowEnvironment _environment;
        private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _exact = new ConcurrentDictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<(IMethodSymbol Method, int Budget), MethodSummary> _capped = new ConcurrentDictionary<(IMethodSymbol Method, int Budget), MethodSummary>(new BudgetKeyComparer());

        public MethodSummaries(FlowEnvironment environment)
        {
            _environment = environment;
        }

        /// <summary>
        /// The summary of a method of this compilation with one body that a call reaches for sure; null for anything
        /// else (metadata, abstract, virtual, partial, past the cap), whose effect is not known.
        /// </summary>
        public MethodSummary? Get(IMethodSymbol method, int budget)
        {
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            if (!IsSummarizable(method))
            {
                return null;
            }

            // Code that names no socket member, nor calls one of its type that does, does nothing to sockets at any depth.
            if (!_environment.Reach.MayTouchSockets(method))
            {
                return MethodSummary.Empty;
            }

            if (budget <= 0)
            {
                return null;
            }

            if (_exact.TryGetValue(method, out var exact))
            {
                return exact;
            }

            if (_capped.TryGetValue((method, budget), out var capped))
            {
                return capped;
            }

            var summary = Summarizer.Summarize(_environment, method, budget);
            if (summary.Exact)
            {
                _exact.TryAdd(method, summary);
            }
            else
            {
                _capped.TryAdd((method, budget), summary);
            }

            return summary;
        }

        /// <summary>Whether a call of <paramref name="method"/> runs its one body in this compilation.</summary>
        public bool IsSummarizable(IMethodSymbol method)
        {
            var dispatched = method.IsAbstract || method.IsVirtual || (method.IsOverride && !method.IsSealed && !method.ContainingType.IsSealed);
            return method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.PropertyGet
                && !dispatched
                && !method.IsExtern
                && method.PartialDefinitionPart is null
                && method.PartialImplementationPart is null
                && method.DeclaringSyntaxReferences.Length == 1
                && _environment.Symbols.IsInCompilation(method);
        }

        private sealed class BudgetKeyComparer : System.Collections.Generic.IEqualityComparer<(IMethodSymbol Method, int Budget)>
        {
            public bool Equals((IMethodSymbol Method, int Budget) x, (IMethodSymbol Method, int Budget) y) =>
                x.Budget == y.Budget && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

            public int GetHashCode((IMethodSymbol Method, int Budget) obj) =>
                unchecked((SymbolEqualityComparer.Default.GetHashCode(obj.Method) * 31) + obj.Budget);
        }
    }
}
