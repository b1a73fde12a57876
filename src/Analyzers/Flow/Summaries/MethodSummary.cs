using System.Collections.Immutable;
using System.Linq;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What a method of the compilation does to the sockets its callers can name, computed once from its body.</summary>
    internal sealed class MethodSummary
    {
        public static readonly MethodSummary Empty = new MethodSummary(ImmutableArray<RootEffect>.Empty, returned: null, escapesMembers: false);

        public MethodSummary(ImmutableArray<RootEffect> effects, RootEffect? returned, bool escapesMembers)
        {
            Effects = effects;
            Returned = returned;
            EscapesMembers = escapesMembers;
        }

        /// <summary>The effects on parameters' sockets, on this object's and static member sockets, and, for a local function, on the variables it captures.</summary>
        public ImmutableArray<RootEffect> Effects { get; }

        /// <summary>The socket returned on every path that returns; null when the method returns none the analysis can follow.</summary>
        public RootEffect? Returned { get; }

        /// <summary>The method runs code of its object that is not seen, which may set the option on any member socket.</summary>
        public bool EscapesMembers { get; }

        /// <summary>Whether a socket the caller can name leaves the method bound: only then can a call of it be a bind of the caller's.</summary>
        public bool BindsVisibly => Effects.Any(effect => !effect.Exit.Binds.IsEmpty) || Returned is { Exit.Binds.IsEmpty: false };

        public bool IsEmpty => Effects.IsEmpty && Returned is null && !EscapesMembers;
    }
}
