using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>A bound TCP socket that then connects.</summary>
    internal sealed class Connection
    {
        public Connection(BindFact bind, IOperation connect)
        {
            Bind = bind;
            Connect = connect;
        }

        public BindFact Bind { get; }

        public IOperation Connect { get; }
    }

    /// <summary>The option set on a socket that may already be bound.</summary>
    internal sealed class OptionAfterBind
    {
        public OptionAfterBind(IOperation option, BindFact bind, string socketText)
        {
            Option = option;
            Bind = bind;
            SocketText = socketText;
        }

        public IOperation Option { get; }

        public BindFact Bind { get; }

        public string SocketText { get; }
    }

    /// <summary>What one member does to a socket held in a field or property, for the cross-member check.</summary>
    internal enum MemberEventKind
    {
        Created,
        Bound,
        Connected,
        DeferredBeforeBind,
        Listened,
    }

    /// <summary>One thing a member does to a socket held in a field or property.</summary>
    internal sealed class MemberEvent
    {
        public MemberEvent(SocketKey key, MemberEventKind kind, SocketKind createdKind, BindFact? bind, IOperation? operation)
        {
            Key = key;
            Kind = kind;
            CreatedKind = createdKind;
            Bind = bind;
            Operation = operation;
        }

        public SocketKey Key { get; }

        public MemberEventKind Kind { get; }

        public SocketKind CreatedKind { get; }

        public BindFact? Bind { get; }

        public IOperation? Operation { get; }
    }

    /// <summary>What one control-flow graph showed, once its facts converged.</summary>
    internal sealed class FlowResult
    {
        public List<Connection> Connections { get; } = new List<Connection>();

        public List<OptionAfterBind> OptionsAfterBind { get; } = new List<OptionAfterBind>();

        public List<MemberEvent> MemberEvents { get; } = new List<MemberEvent>();

        /// <summary>The facts of the returned socket, joined over every return; null when none or not all returns are tracked.</summary>
        public SocketFacts? Returned { get; set; }

        /// <summary>Whether some return gives a value that is not a tracked socket.</summary>
        public bool ReturnsUntracked { get; set; }

        /// <summary>The state where the graph ends; null when the end is never reached.</summary>
        public FlowState? Exit { get; set; }
    }
}
