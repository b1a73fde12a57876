using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The facts of every tracked socket on one path. A socket the path never touched has its entry facts: what the
    /// rest of its type says of a member socket, else creation unknown, nothing deferred (unless the path is not Linux).
    /// </summary>
    internal sealed class FlowState
    {
        private readonly EntryFacts _entry;

        private static readonly ImmutableDictionary<SocketKey, ImmutableHashSet<SocketKey>> NoPartners = ImmutableDictionary<SocketKey, ImmutableHashSet<SocketKey>>.Empty;

        private FlowState(EntryFacts entry, ImmutableDictionary<SocketKey, SocketFacts> sockets, ImmutableDictionary<SocketKey, ImmutableHashSet<SocketKey>> partners, ImmutableHashSet<SocketKey> escaped, bool optionNotNeeded, bool membersDeferred)
        {
            _entry = entry;
            Sockets = sockets;
            Partners = partners;
            Escaped = escaped;
            OptionNotNeeded = optionNotNeeded;
            MembersDeferred = membersDeferred;
        }

        public ImmutableDictionary<SocketKey, SocketFacts> Sockets { get; }

        /// <summary>May: the keys that hold the same socket as a key (<c>field = local</c>): an option set through one is set for all.</summary>
        public ImmutableDictionary<SocketKey, ImmutableHashSet<SocketKey>> Partners { get; }

        /// <summary>Must: keys handed to code that is not seen; it may have set the option on any socket reached through them.</summary>
        public ImmutableHashSet<SocketKey> Escaped { get; }

        /// <summary>Must: every path here went through a false OperatingSystem.IsLinux() check or found the bound endpoint's port not 0, so the option is not needed.</summary>
        public bool OptionNotNeeded { get; }

        /// <summary>Must: every path here called code of this object that is not seen, which may set the option on any member socket.</summary>
        public bool MembersDeferred { get; }

        public static FlowState Entry(EntryFacts entry) => new FlowState(entry, ImmutableDictionary<SocketKey, SocketFacts>.Empty, NoPartners, ImmutableHashSet<SocketKey>.Empty, optionNotNeeded: false, membersDeferred: false);

        public SocketFacts Get(SocketKey key)
        {
            if (Sockets.TryGetValue(key, out var facts))
            {
                return facts;
            }

            var entry = _entry.Of(key);
            return OptionNotNeeded || (MembersDeferred && key.IsRootedInMember) || IsEscaped(key) ? entry.WithDeferred() : entry;
        }

        public FlowState With(SocketKey key, SocketFacts facts) => new FlowState(_entry, Sockets.SetItem(key, facts), Partners, Escaped, OptionNotNeeded, MembersDeferred);

        /// <summary>The key was handed to code that is not seen: every socket reached through it, now or later, may have the option.</summary>
        public FlowState WithEscaped(SocketKey key)
        {
            var sockets = Sockets;
            foreach (var pair in Sockets)
            {
                if (pair.Key.StartsWith(key))
                {
                    sockets = sockets.SetItem(pair.Key, pair.Value.WithDeferred());
                }
            }

            return new FlowState(_entry, sockets, Partners, Escaped.Add(key), OptionNotNeeded, MembersDeferred);
        }

        private bool IsEscaped(SocketKey key) => !Escaped.IsEmpty && Escaped.Any(key.StartsWith);

        /// <summary>Forgets the key and every key reached through it, and their partners: it was reassigned.</summary>
        public FlowState Without(SocketKey prefix)
        {
            var stale = Sockets.Keys.Where(key => key.StartsWith(prefix)).ToList();
            var partnered = Partners.Keys.Where(key => key.StartsWith(prefix)).ToList();
            if (stale.Count == 0 && partnered.Count == 0 && !Escaped.Any(key => key.StartsWith(prefix)))
            {
                return this;
            }

            var partners = Partners.RemoveRange(partnered);
            foreach (var key in partners.Keys.ToList())
            {
                var remaining = partners[key].Except(partnered);
                partners = remaining.IsEmpty ? partners.Remove(key) : partners.SetItem(key, remaining);
            }

            return new FlowState(_entry, Sockets.RemoveRange(stale), partners, Escaped.Except(Escaped.Where(key => key.StartsWith(prefix))), OptionNotNeeded, MembersDeferred);
        }

        /// <summary>Records that <paramref name="first"/> and <paramref name="second"/> hold the same socket.</summary>
        public FlowState WithPartners(SocketKey first, SocketKey second)
        {
            var partners = Partners
                .SetItem(first, DirectPartnersOf(first).Add(second))
                .SetItem(second, DirectPartnersOf(second).Add(first));
            return new FlowState(_entry, Sockets, partners, Escaped, OptionNotNeeded, MembersDeferred);
        }

        /// <summary>The keys holding the same socket as <paramref name="key"/>: its partners', and those reached the same way through a partnered prefix.</summary>
        public IEnumerable<SocketKey> PartnersOf(SocketKey key)
        {
            foreach (var pair in Partners)
            {
                if (key.StartsWith(pair.Key))
                {
                    foreach (var partner in pair.Value)
                    {
                        yield return key.ReplacePrefix(pair.Key, partner);
                    }
                }
            }
        }

        private ImmutableHashSet<SocketKey> DirectPartnersOf(SocketKey key) => Partners.TryGetValue(key, out var partners) ? partners : ImmutableHashSet<SocketKey>.Empty;

        /// <summary>The keys the state holds at or below <paramref name="prefix"/>.</summary>
        public IEnumerable<KeyValuePair<SocketKey, SocketFacts>> Under(SocketKey prefix) => Sockets.Where(pair => pair.Key.StartsWith(prefix));

        /// <summary>The state on an edge where the Linux check was false, or an endpoint's port was found not 0: nothing below needs the option.</summary>
        public FlowState OnOptionNotNeededEdge() => new FlowState(_entry, DeferAll(pair => true), Partners, Escaped, optionNotNeeded: true, MembersDeferred);

        /// <summary>After a call of this object's code that is not seen: any member socket may have the option now.</summary>
        public FlowState WithMembersDeferred() => new FlowState(_entry, DeferAll(pair => pair.Key.IsRootedInMember), Partners, Escaped, OptionNotNeeded, membersDeferred: true);

        public FlowState Join(FlowState other)
        {
            // Most edges carry the state of a path that touched no socket since the last join: nothing to merge.
            if (ReferenceEquals(this, other) || SameAs(other))
            {
                return this;
            }

            var builder = ImmutableDictionary.CreateBuilder<SocketKey, SocketFacts>();
            foreach (var key in Sockets.Keys.Concat(other.Sockets.Keys).Distinct())
            {
                builder[key] = Get(key).Join(other.Get(key));
            }

            var partners = Partners;
            foreach (var pair in other.Partners)
            {
                partners = partners.SetItem(pair.Key, DirectPartnersOf(pair.Key).Union(pair.Value));
            }

            return new FlowState(_entry, builder.ToImmutable(), partners, Escaped.Intersect(other.Escaped), OptionNotNeeded && other.OptionNotNeeded, MembersDeferred && other.MembersDeferred);
        }

        public bool SameAs(FlowState other)
        {
            if (OptionNotNeeded != other.OptionNotNeeded || MembersDeferred != other.MembersDeferred || Sockets.Count != other.Sockets.Count || Partners.Count != other.Partners.Count
                || !Escaped.SetEquals(other.Escaped))
            {
                return false;
            }

            foreach (var pair in Partners)
            {
                if (!other.Partners.TryGetValue(pair.Key, out var partners) || !partners.SetEquals(pair.Value))
                {
                    return false;
                }
            }

            foreach (var pair in Sockets)
            {
                if (!other.Sockets.TryGetValue(pair.Key, out var facts) || !facts.SameAs(pair.Value))
                {
                    return false;
                }
            }

            return true;
        }

        private ImmutableDictionary<SocketKey, SocketFacts> DeferAll(System.Func<KeyValuePair<SocketKey, SocketFacts>, bool> which)
        {
            var sockets = Sockets;
            foreach (var pair in Sockets)
            {
                if (which(pair))
                {
                    sockets = sockets.SetItem(pair.Key, pair.Value.WithDeferred());
                }
            }

            return sockets;
        }
    }
}
