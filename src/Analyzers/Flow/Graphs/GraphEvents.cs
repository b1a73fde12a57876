using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The socket events of every block of one graph, read once; the fixpoint and the findings replay them.</summary>
    internal sealed class GraphEvents
    {
        public GraphEvents(ControlFlowGraph graph, ImmutableArray<ImmutableArray<SocketEvent>> blocks, SocketKey? returnKey)
        {
            Graph = graph;
            Blocks = blocks;
            ReturnKey = returnKey;
            var servers = new HashSet<SocketKey>();
            var wrongWay = new HashSet<SocketKey>();
            foreach (var block in blocks)
            {
                foreach (var socketEvent in block)
                {
                    if (socketEvent.Kind == SocketEventKind.Listen)
                    {
                        servers.Add(socketEvent.Key!);
                    }
                    else if (socketEvent.Kind == SocketEventKind.WrongWay)
                    {
                        wrongWay.Add(socketEvent.Key!);
                    }
                }
            }

            Servers = servers;
            WrongWay = wrongWay;
        }

        public ControlFlowGraph Graph { get; }

        /// <summary>By block ordinal: the events of its operations, then of its branch value.</summary>
        public ImmutableArray<ImmutableArray<SocketEvent>> Blocks { get; }

        /// <summary>Where the returned socket is tracked, when the graph returns one.</summary>
        public SocketKey? ReturnKey { get; }

        /// <summary>Whether no operation of the graph touches a socket.</summary>
        public bool IsEmpty => Blocks.All(block => block.IsEmpty);

        /// <summary>Sockets that listen or accept anywhere in the graph: a server's, whatever the path.</summary>
        public IReadOnlyCollection<SocketKey> Servers { get; }

        /// <summary>Sockets given option 24 through SetSocketOption somewhere in the graph: BNP003 reports those.</summary>
        public IReadOnlyCollection<SocketKey> WrongWay { get; }
    }
}
