using System.Threading;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Lets one thread at a time compute facts. A thread that finds it taken sleeps until it is free or its own token
    /// is cancelled, rather than spinning: on a build machine's few cores, spinning would take the core from the
    /// thread holding the gate.
    /// </summary>
    internal sealed class FactGate
    {
        private readonly object _lock = new object();
        private bool _taken;

        public void Enter(CancellationToken cancellationToken)
        {
            using var wake = cancellationToken.Register(PulseAll);
            lock (_lock)
            {
                while (_taken)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Monitor.Wait(_lock);
                }

                cancellationToken.ThrowIfCancellationRequested();
                _taken = true;
            }
        }

        public void Exit()
        {
            lock (_lock)
            {
                _taken = false;
                Monitor.PulseAll(_lock);
            }
        }

        private void PulseAll()
        {
            lock (_lock)
            {
                Monitor.PulseAll(_lock);
            }
        }
    }
}
