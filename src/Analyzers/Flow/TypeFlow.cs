using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Collects what the members of one type do to sockets held in its fields and properties, so a
    /// Bind in one member and a Connect in another are seen together when the type is complete.
    /// </summary>
    internal sealed class TypeFlow
    {
        private readonly ConcurrentQueue<MemberEvent> _events = new ConcurrentQueue<MemberEvent>();
        private readonly ConcurrentDictionary<Location, bool> _reportedBinds = new ConcurrentDictionary<Location, bool>();

        public void Add(IEnumerable<MemberEvent> events)
        {
            foreach (var memberEvent in events)
            {
                _events.Enqueue(memberEvent);
            }
        }

        /// <summary>Remembers a bind reported within one member, so the type-wide check does not report it again.</summary>
        public void MarkReported(BindFact bind) => _reportedBinds.TryAdd(FlowDiagnostics.LocationOf(bind.Operation), true);

        /// <summary>
        /// Reports binds of a field or property socket that another member connects, when every creation
        /// seen in the type is TCP, no member listens on it, and no member sets the option (or hands the
        /// socket to other code) before a bind.
        /// </summary>
        public void ReportAcrossMembers(Action<Diagnostic> report)
        {
            foreach (var group in _events.GroupBy(memberEvent => memberEvent.Key))
            {
                var events = group.ToList();
                var creations = events.Where(e => e.Kind == MemberEventKind.Created).ToList();
                if (creations.Count == 0 || creations.Any(e => e.CreatedKind != SocketKind.Tcp)
                    || events.Any(e => e.Kind is MemberEventKind.Listened or MemberEventKind.DeferredBeforeBind))
                {
                    continue;
                }

                var connect = events.Where(e => e.Kind == MemberEventKind.Connected && e.Operation is not null)
                    .OrderBy(e => e.Operation!.Syntax.SyntaxTree.FilePath, StringComparer.Ordinal)
                    .ThenBy(e => e.Operation!.Syntax.SpanStart)
                    .FirstOrDefault();
                if (connect?.Operation is null)
                {
                    continue;
                }

                foreach (var bound in events)
                {
                    if (bound.Kind != MemberEventKind.Bound || bound.Bind is null
                        || !_reportedBinds.TryAdd(FlowDiagnostics.LocationOf(bound.Bind.Operation), true))
                    {
                        continue;
                    }

                    if (FlowDiagnostics.ForConnection(bound.Bind, connect.Operation) is Diagnostic diagnostic)
                    {
                        report(diagnostic);
                    }
                }
            }
        }
    }
}
