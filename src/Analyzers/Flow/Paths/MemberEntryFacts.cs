using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Entry facts of a method analyzed for its own diagnostics: a member socket is what the rest of its type makes it.</summary>
    internal sealed class MemberEntryFacts : EntryFacts
    {
        private readonly FlowEnvironment _environment;
        private readonly INamedTypeSymbol _viewType;

        public MemberEntryFacts(FlowEnvironment environment, INamedTypeSymbol viewType)
        {
            _environment = environment;
            _viewType = viewType;
        }

        public override SocketFacts Of(SocketKey key)
        {
            if (!SocketKeys.IsMemberSocket(key, _environment.Symbols) || key.Root is not ISymbol member)
            {
                return Nothing.Of(key);
            }

            var facts = _environment.Facts.MembersOf(member, _viewType);
            return SocketFacts.Fresh(facts.Kind, facts.Deferred, SocketOrigin.Entry);
        }
    }
}
