using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What one control-flow graph showed once its facts converged.</summary>
    internal sealed class GraphFindings
    {
        public GraphFindings(GraphEvents events, NestedCode nested)
        {
            Events = events;
            Nested = nested;
        }

        public GraphEvents Events { get; }

        /// <summary>What the graph's lambdas do: the variables they handle are not tracked, so a summary says the option may be set on them.</summary>
        public NestedCode Nested { get; }

        public List<Connection> Connections { get; } = new List<Connection>();

        public List<OptionAfterBind> OptionsAfterBind { get; } = new List<OptionAfterBind>();

        public List<MemberBind> MemberBinds { get; } = new List<MemberBind>();

        public Dictionary<SocketKey, List<ConnectRecord>> ConnectsByKey { get; } = new Dictionary<SocketKey, List<ConnectRecord>>();

        /// <summary>The facts of the returned socket, joined over every return; null when nothing is returned.</summary>
        public SocketFacts? Returned { get; set; }

        /// <summary>The state where the graph ends; null when the end is never reached.</summary>
        public FlowState? Exit { get; set; }

        /// <summary>The binds of <paramref name="key"/>'s socket that an option set later in this graph follows.</summary>
        public ImmutableHashSet<BindSite> BindsFollowedByOption(SocketKey key) =>
            OptionsAfterBind.Where(found => found.Key.Equals(key)).SelectMany(found => found.Binds).Select(bind => bind.Site).ToImmutableHashSet();
    }
}
