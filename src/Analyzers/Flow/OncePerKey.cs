using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// A value computed once per key for the compilation, whichever thread asks first; others asking meanwhile wait for
    /// it. The computation runs with the token of the thread that started it. When that thread is cancelled the entry
    /// is dropped, not kept: the next asker computes it again (an IDE cancels builds all the time).
    /// </summary>
    internal sealed class OncePerKey<TKey, TValue>
        where TKey : notnull
    {
        private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _values;

        public OncePerKey(IEqualityComparer<TKey>? comparer = null)
        {
            _values = new ConcurrentDictionary<TKey, Lazy<TValue>>(comparer ?? EqualityComparer<TKey>.Default);
        }

        /// <summary>The value of <paramref name="key"/>, computed by <paramref name="compute"/> if no asker has yet.</summary>
        public TValue Get(TKey key, Func<TKey, CancellationToken, TValue> compute, CancellationToken cancellationToken)
        {
            while (true)
            {
                var value = _values.GetOrAdd(key, k => new Lazy<TValue>(() => compute(k, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication));
                try
                {
                    return value.Value;
                }
                catch (OperationCanceledException)
                {
                    ((ICollection<KeyValuePair<TKey, Lazy<TValue>>>)_values).Remove(new KeyValuePair<TKey, Lazy<TValue>>(key, value));
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
    }
}
