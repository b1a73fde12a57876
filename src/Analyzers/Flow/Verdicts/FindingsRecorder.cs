using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Replays each block once from its converged input and writes down what the states show at each event.</summary>
    internal static class FindingsRecorder
    {
        public static GraphFindings Record(GraphEvents events, NestedCode nested, FlowState?[] inStates)
        {
            var findings = new GraphFindings(events, nested);
            foreach (var block in events.Graph.Blocks)
            {
                var state = inStates[block.Ordinal];
                if (state is null)
                {
                    continue;
                }

                foreach (var socketEvent in events.Blocks[block.Ordinal])
                {
                    Observe(socketEvent, state, findings);
                    state = Transfer.Apply(socketEvent, state);
                }

                if (events.ReturnKey is SocketKey returned && block.BranchValue is not null && block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
                {
                    var facts = state.Get(returned);
                    findings.Returned = findings.Returned is null ? facts : findings.Returned.Join(facts);
                }
            }

            findings.Exit = inStates[inStates.Length - 1];
            return findings;
        }

        private static void Observe(SocketEvent socketEvent, FlowState state, GraphFindings findings)
        {
            var key = socketEvent.Key;
            switch (socketEvent.Kind)
            {
                case SocketEventKind.Connect:
                    OnConnect(key!, socketEvent, state, findings);
                    break;
                case SocketEventKind.Defer when socketEvent.IsOptionCall:
                    // After BindForConnect or BoundTcpClient.Create the option is already in place: a second one is idle, not late.
                    var bound = state.Get(key!).Binds.Where(bind => bind.Kind != SocketKind.NotTcp && bind.Form != BindForm.Deferred).ToImmutableArray();
                    if (!bound.IsEmpty && !findings.Events.Servers.Contains(key!))
                    {
                        findings.OptionsAfterBind.Add(new OptionAfterBind(key!, socketEvent.Operation, bound, socketEvent.Text!));
                    }

                    break;
                case SocketEventKind.Bind when key!.IsRootedInMember:
                    findings.MemberBinds.Add(new MemberBind(key, Transfer.BindOf(state, key, socketEvent.Site!)));
                    break;
            }
        }

        private static void OnConnect(SocketKey key, SocketEvent connect, FlowState state, GraphFindings findings)
        {
            if (!findings.ConnectsByKey.TryGetValue(key, out var records))
            {
                records = new List<ConnectRecord>();
                findings.ConnectsByKey[key] = records;
            }

            if (!records.Any(record => ReferenceEquals(record.Operation, connect.Operation)))
            {
                records.Add(new ConnectRecord(connect.Operation, connect.Text!));
            }

            if (findings.Events.Servers.Contains(key))
            {
                return;
            }

            var wrongWay = findings.Events.WrongWay.Contains(key);
            foreach (var bind in state.Get(key).Binds)
            {
                // SetSocketOption(IP, (SocketOptionName)24) anywhere on the socket is BNP003's to report, not the bind's.
                if (bind.Kind == SocketKind.Tcp && (bind.EndPoint.IsExplicitPort || !wrongWay))
                {
                    findings.Connections.Add(new Connection(key, bind, connect.Operation, connect.Text!, connect.InsideCallOf));
                }
            }
        }
    }
}
