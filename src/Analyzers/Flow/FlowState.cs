using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The facts of every tracked socket on one path. A socket the path never touched has the
    /// default facts: creation unknown, nothing deferred (unless the path is not Linux), no bind.
    /// </summary>
    internal sealed class FlowState
    {
        public static readonly FlowState Entry = new FlowState(ImmutableDictionary<SocketKey, SocketFacts>.Empty, notLinux: false);

        private FlowState(ImmutableDictionary<SocketKey, SocketFacts> sockets, bool notLinux)
        {
            Sockets = sockets;
            NotLinux = notLinux;
        }

        public ImmutableDictionary<SocketKey, SocketFacts> Sockets { get; }

        /// <summary>Must: every path here went through a false OperatingSystem.IsLinux() check, so the option is not needed.</summary>
        public bool NotLinux { get; }

        public SocketFacts Get(SocketKey key)
        {
            return Sockets.TryGetValue(key, out var facts) ? facts : SocketFacts.Fresh(SocketKind.Unknown, NotLinux);
        }

        public FlowState With(SocketKey key, SocketFacts facts) => new FlowState(Sockets.SetItem(key, facts), NotLinux);

        /// <summary>Forgets the key and every key reached through it: it was reassigned.</summary>
        public FlowState Without(SocketKey prefix)
        {
            var stale = Sockets.Keys.Where(key => key.StartsWith(prefix)).ToList();
            return stale.Count == 0 ? this : new FlowState(Sockets.RemoveRange(stale), NotLinux);
        }

        /// <summary>The state on an edge where the Linux check was false: nothing below needs the option.</summary>
        public FlowState OnNotLinuxEdge()
        {
            var sockets = Sockets;
            foreach (var pair in Sockets)
            {
                sockets = sockets.SetItem(pair.Key, pair.Value.WithDeferred());
            }

            return new FlowState(sockets, notLinux: true);
        }

        public FlowState Join(FlowState other)
        {
            var builder = ImmutableDictionary.CreateBuilder<SocketKey, SocketFacts>();
            foreach (var key in Sockets.Keys.Concat(other.Sockets.Keys).Distinct())
            {
                builder[key] = Get(key).Join(other.Get(key));
            }

            return new FlowState(builder.ToImmutable(), NotLinux && other.NotLinux);
        }

        public bool SameAs(FlowState other)
        {
            if (NotLinux != other.NotLinux || Sockets.Count != other.Sockets.Count)
            {
                return false;
            }

            foreach (KeyValuePair<SocketKey, SocketFacts> pair in Sockets)
            {
                if (!other.Sockets.TryGetValue(pair.Key, out var facts) || !facts.SameAs(pair.Value))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
