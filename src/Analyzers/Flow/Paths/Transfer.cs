using System.Linq;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>How each <see cref="SocketEvent"/> changes the facts of one path.</summary>
    internal static class Transfer
    {
        public static FlowState Apply(SocketEvent socketEvent, FlowState state)
        {
            var key = socketEvent.Key;
            switch (socketEvent.Kind)
            {
                case SocketEventKind.Create:
                    return state.Without(key!).With(key!, SocketFacts.Fresh(socketEvent.CreatedKind, state.OptionNotNeeded, SocketOrigin.Created));
                case SocketEventKind.MayCreate:
                    return state.With(key!, state.Get(key!).Join(SocketFacts.Fresh(socketEvent.CreatedKind, state.OptionNotNeeded, SocketOrigin.Created)));
                case SocketEventKind.Forget:
                    return state.Without(key!);
                case SocketEventKind.Copy:
                    return Copy(state, socketEvent.Source!, key!);
                case SocketEventKind.Bind:
                    return Bind(state, key!, socketEvent.Site!);
                case SocketEventKind.Defer:
                    return Defer(state, key!);
                case SocketEventKind.Escape:
                    return state.PartnersOf(key!).ToList().Aggregate(state.WithEscaped(key!), (escaped, partner) => escaped.WithEscaped(partner));
                case SocketEventKind.EscapeMembers:
                    return state.WithMembersDeferred();
                default:
                    // Connect, Listen and WrongWay change nothing on the path; the findings and the graph's servers read them.
                    return state;
            }
        }

        /// <summary>The bind is unsafe when the option may be missing: not set by the path, nor inside the helper that binds.</summary>
        public static BindFact BindOf(FlowState state, SocketKey key, BindSite site)
        {
            var facts = state.Get(key);
            var unsafeBind = site.Form != BindForm.Deferred && site.OptionMissingInside && !facts.Deferred && !state.OptionNotNeeded;
            return new BindFact(site, unsafeBind, site.KindInside != SocketKind.Unknown ? site.KindInside : facts.Kind);
        }

        private static FlowState Bind(FlowState state, SocketKey key, BindSite site) =>
            state.With(key, state.Get(key).WithBind(BindOf(state, key, site)));

        private static FlowState Defer(FlowState state, SocketKey key)
        {
            foreach (var partner in state.PartnersOf(key).ToList())
            {
                state = state.With(partner, state.Get(partner).WithDeferred());
            }

            return state.With(key, state.Get(key).WithDeferred());
        }

        // The target takes every fact held at or below the source; a variable copied to another (field = local) keeps
        // its facts too, and the two become partners, so an option set through either defers both.
        private static FlowState Copy(FlowState state, SocketKey source, SocketKey target)
        {
            var copied = state.Under(source).ToList();
            var sourceFacts = state.Get(source);
            state = state.Without(target).With(target, sourceFacts);
            foreach (var pair in copied)
            {
                state = state.With(pair.Key.ReplacePrefix(source, target), pair.Value);
            }

            return source.Root is Microsoft.CodeAnalysis.FlowAnalysis.CaptureId ? state : state.WithPartners(source, target);
        }
    }
}
