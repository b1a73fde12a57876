using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What a method does, on every path to its end, to one socket its caller can name: a parameter's, a member's, or the one it returns.</summary>
    internal sealed class RootEffect
    {
        public RootEffect(SocketKey key, SocketFacts exit, ImmutableArray<ConnectRecord> connects, bool listens, bool wrongWay, ImmutableHashSet<BindSite> bindsFollowedByOption, IObjectCreationOperation? createdBy = null, IParameterSymbol? heldFrom = null)
        {
            CreatedBy = createdBy;
            HeldFrom = heldFrom;
            Key = key;
            Exit = exit;
            Connects = connects;
            Listens = listens;
            WrongWay = wrongWay;
            BindsFollowedByOption = bindsFollowedByOption;
        }

        /// <summary>The socket, named as the callee names it.</summary>
        public SocketKey Key { get; }

        /// <summary>Its facts where the method ends: created there or not, deferred, the binds it went through.</summary>
        public SocketFacts Exit { get; }

        /// <summary>The connects of that socket inside the method.</summary>
        public ImmutableArray<ConnectRecord> Connects { get; }

        /// <summary>The method listens or accepts on it.</summary>
        public bool Listens { get; }

        /// <summary>The method sets option 24 on it the way BNP003 reports.</summary>
        public bool WrongWay { get; }

        /// <summary>
        /// The one <c>new Socket(...)</c> that made the socket when its kind depends on the method's parameters (a wrapper's
        /// constructor): the caller's arguments say what it is.
        /// </summary>
        public IObjectCreationOperation? CreatedBy { get; }

        /// <summary>
        /// The parameter whose socket the member now holds, the only socket the method puts there (a wrapper's constructor
        /// keeping the socket it is given): the caller's argument says what it is.
        /// </summary>
        public IParameterSymbol? HeldFrom { get; }

        /// <summary>Binds the method itself follows with the option, which its own BNP004 reports.</summary>
        public ImmutableHashSet<BindSite> BindsFollowedByOption { get; }
    }
}
