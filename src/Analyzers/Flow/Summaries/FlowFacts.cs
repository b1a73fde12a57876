using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BindNoPort.Analyzers.Flow.Measuring;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The facts one analysis needs about other code (<see cref="FactKey"/>), each computed once for the compilation.
    /// <see cref="Prepare"/> computes what an analysis is about to read, dependencies first (<see cref="FactOrder"/>),
    /// one computation at a time; the analyses then only read. No computation starts another, so no graph analysis
    /// runs inside another. A computation cut short by cancellation stores nothing of what it did not finish.
    /// </summary>
    internal sealed class FlowFacts
    {
        [ThreadStatic]
        private static HashSet<FactKey>? _computing;

        [ThreadStatic]
        private static HashSet<FactKey>? _recording;

        private readonly FlowEnvironment _environment;
        private readonly FactGate _gate = new FactGate();
        private readonly ConcurrentDictionary<FactKey, object> _known = new ConcurrentDictionary<FactKey, object>();
        private long _misses;

        public FlowFacts(FlowEnvironment environment)
        {
            _environment = environment;
        }

        /// <summary>
        /// Reads of a fact no <see cref="Prepare"/> asked for; each is taken as not known, which keeps the rules silent.
        /// A debug build throws instead, so every test fails on one.
        /// </summary>
        public long Misses => Interlocked.Read(ref _misses);

        /// <summary>Computes the facts <paramref name="keys"/> and everything they need that is not known yet.</summary>
        public void Prepare(IEnumerable<FactKey> keys, CancellationToken cancellationToken)
        {
            if (_computing is not null)
            {
                // A computation asking for facts would start one inside another: its dependencies were not declared.
                // It reads them as not known instead.
                FailInDebug("A fact's computation asked for more facts: " + string.Join(", ", keys));
                return;
            }

            var wanted = keys.Where(key => !_known.ContainsKey(key)).ToList();
            if (wanted.Count == 0)
            {
                return;
            }

            _gate.Enter(cancellationToken);
            try
            {
                using var phase = PhaseClock.Enter(AnalysisPhase.Summaries);
                var order = new FactOrder(
                    (key, token) => FactDependencies.Of(_environment, key, token),
                    key => _known.ContainsKey(key),
                    group => Compute(group, cancellationToken));
                foreach (var key in wanted)
                {
                    order.Visit(key, cancellationToken);
                }
            }
            finally
            {
                _gate.Exit();
            }
        }

        /// <summary>
        /// The summary of a method or local function of this compilation whose one body a call runs; null for anything
        /// else (metadata, abstract, virtual, partial) and for a call inside its own recursion, whose effect is not known.
        /// </summary>
        public MethodSummary? SummaryOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var definition = FactKey.Definition(method);
            if (definition.MethodKind == MethodKind.LocalFunction)
            {
                return Read<MethodSummary>(FactKey.Summary(definition));
            }

            return IsSummarizable(definition) ? SummaryOfBody(definition, cancellationToken) : null;
        }

        /// <summary>
        /// The facts <paramref name="read"/> reads, found by running it dry: each read is recorded and answered as not
        /// known. For a computation whose reads do not depend on the answers, this is exactly what it needs.
        /// </summary>
        public IReadOnlyCollection<FactKey> ReadsOf(Action read)
        {
            var outer = _recording;
            var recorded = new HashSet<FactKey>();
            _recording = recorded;
            try
            {
                read();
                return recorded;
            }
            finally
            {
                _recording = outer;
            }
        }

        /// <summary>
        /// What the code of <paramref name="viewType"/> and the base types it inherits <paramref name="member"/> from does to it;
        /// not known for a member that cannot hold a socket, whose facts are never prepared.
        /// </summary>
        public MemberFacts MembersOf(ISymbol member, INamedTypeSymbol viewType) =>
            FactDependencies.MayHoldSocket(_environment.Symbols, member)
                ? Read<MemberFacts>(FactKey.Member(member, viewType)) ?? MemberFacts.Unknown
                : MemberFacts.Unknown;

        /// <summary>Whether a call of <paramref name="method"/> runs its one body in this compilation.</summary>
        public bool IsSummarizable(IMethodSymbol method) =>
            !DispatchViews.IsDispatched(method) && HasOneBody(method);

        /// <summary>
        /// The summary of the body a call on this object runs in a known concrete class (<see cref="DispatchViews"/>):
        /// an override, or a virtual method no subclass of that class overrides.
        /// </summary>
        public MethodSummary? SummaryOfImplementation(IMethodSymbol implementation, CancellationToken cancellationToken)
        {
            var definition = FactKey.Definition(implementation);
            return definition.IsAbstract || !HasOneBody(definition) ? null : SummaryOfBody(definition, cancellationToken);
        }

        // Code that names no socket member, nor calls one of its type that does, does nothing to sockets.
        private MethodSummary? SummaryOfBody(IMethodSymbol definition, CancellationToken cancellationToken) =>
            _environment.Reach.MayTouchSockets(definition, cancellationToken) ? Read<MethodSummary>(FactKey.Summary(definition)) : MethodSummary.Empty;

        private bool HasOneBody(IMethodSymbol method) =>
            method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.PropertyGet
                && !method.IsExtern
                && method.PartialDefinitionPart is null
                && method.PartialImplementationPart is null
                && method.DeclaringSyntaxReferences.Length == 1
                && _environment.Symbols.IsInCompilation(method);

        private T? Read<T>(FactKey key)
            where T : class
        {
            if (_recording is not null)
            {
                _recording.Add(key);
                return null;
            }

            if (_computing?.Contains(key) == true)
            {
                return null;
            }

            if (_known.TryGetValue(key, out var value))
            {
                return (T)value;
            }

            Interlocked.Increment(ref _misses);
            FailInDebug("A fact was read without being prepared: " + key);
            return null;
        }

        [System.Diagnostics.Conditional("DEBUG")]
        private static void FailInDebug(string message) => throw new InvalidOperationException(message);

        // The members of one group read each other as not known, whichever is computed first; they are stored together.
        private void Compute(IReadOnlyList<FactKey> group, CancellationToken cancellationToken)
        {
            _computing = new HashSet<FactKey>(group);
            try
            {
                var values = group.Select(key => (Key: key, Value: ComputeOne(key, cancellationToken))).ToList();
                foreach (var (key, value) in values)
                {
                    _known[key] = value;
                }
            }
            finally
            {
                _computing = null;
            }
        }

        private object ComputeOne(FactKey key, CancellationToken cancellationToken) => key.IsSummary
            ? Summarizer.Summarize(_environment, (IMethodSymbol)key.Subject, cancellationToken)
            : MemberUses.Read(_environment, key.Subject, key.View!, cancellationToken);
    }
}
