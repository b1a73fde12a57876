using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Decides which findings of a code block's graphs become diagnostics, so that each defect gets one: BNP004 where
    /// the option follows the bind (its fix moves the option), else one BNP001, BNP002 or BNP005 per bind, naming the
    /// first connect it reaches, here or in another member; and none for a bind a helper's own analysis reports.
    /// </summary>
    internal sealed class BindVerdicts
    {
        private readonly FlowEnvironment _environment;
        private readonly INamedTypeSymbol? _viewType;
        private readonly SyntaxNode _block;

        public BindVerdicts(FlowEnvironment environment, INamedTypeSymbol? viewType, SyntaxNode block)
        {
            _environment = environment;
            _viewType = viewType;
            _block = block;
        }

        public IEnumerable<Diagnostic> Of(IReadOnlyList<GraphFindings> graphs)
        {
            var options = new HashSet<SyntaxNode>();
            var followed = new HashSet<BindSite>();
            foreach (var found in graphs.SelectMany(graph => graph.OptionsAfterBind))
            {
                followed.UnionWith(found.Binds.Select(bind => bind.Site));
                if (options.Add(found.Option.Syntax))
                {
                    yield return BindDiagnostics.ForOptionAfterBind(found);
                }
            }

            var chosen = new Dictionary<SyntaxNode, Connection>();
            foreach (var connection in graphs.SelectMany(graph => graph.Connections))
            {
                if (IsReportedElsewhere(connection.Bind, connection.Key, followed) || IsPairedInsideHelper(connection))
                {
                    continue;
                }

                var bind = connection.Bind.Operation.Syntax;
                if (!chosen.TryGetValue(bind, out var known) || Precedes(connection, known))
                {
                    chosen[bind] = connection;
                }
            }

            foreach (var connection in chosen.Values.OrderBy(connection => connection.Bind.Operation.Syntax.SpanStart))
            {
                if (BindDiagnostics.ForConnection(connection.Bind, connection.Target) is Diagnostic diagnostic)
                {
                    yield return diagnostic;
                }
            }

            var acrossMembers = new HashSet<SyntaxNode>(chosen.Keys);
            foreach (var memberBind in graphs.SelectMany(graph => graph.MemberBinds))
            {
                if (acrossMembers.Add(memberBind.Bind.Operation.Syntax) && AcrossMembers(memberBind, followed) is Diagnostic diagnostic)
                {
                    yield return diagnostic;
                }
            }
        }

        // An unsafe path's bind goes first; among equals, the first connect.
        private static bool Precedes(Connection candidate, Connection known) =>
            candidate.Bind.Unsafe != known.Bind.Unsafe
                ? candidate.Bind.Unsafe
                : candidate.Connect.Syntax.SpanStart < known.Connect.Syntax.SpanStart;

        /// <summary>
        /// The option set after the bind makes it BNP004's defect (port 0 or unknown; an explicit port stays BNP005's),
        /// and a bind inside a helper of this type on a member socket is reported by the helper's own analysis when
        /// that analysis sees a connect of it in another member.
        /// </summary>
        private bool IsReportedElsewhere(BindFact bind, SocketKey key, HashSet<BindSite> followed)
        {
            if (!bind.EndPoint.IsExplicitPort && (followed.Contains(bind.Site) || bind.Site.OptionSetAfterInside))
            {
                return true;
            }

            return bind.Site.Form == BindForm.HelperBindsMember && (HelperSeesTcpMember(key) ?? WrapperSeesTcpMember(key)) is MemberFacts facts
                && bind.Site.OptionMissingInside && !facts.Listened && !facts.Connects.IsEmpty;
        }

        /// <summary>
        /// For a bind through a wrapper's method (<c>wrapper.Bind(...)</c>, keyed <c>wrapper._socket</c>): the facts the
        /// wrapper's own analysis reads for that member, when they make it a TCP socket without the option. The wrapper
        /// then reports its bind itself, so the call does not report it again.
        /// </summary>
        private MemberFacts? WrapperSeesTcpMember(SocketKey key)
        {
            if (_viewType is null || key.IsRootedInMember || key.Members.IsEmpty)
            {
                return null;
            }

            var last = key.Members[key.Members.Length - 1];
            var member = SymbolEqualityComparer.Default.Equals(last, _environment.Symbols.TcpClientSocket) && key.Members.Length > 1 ? key.Members[key.Members.Length - 2] : last;
            var owner = FactDependencies.ViewOf(member, _viewType);
            return ReferenceEquals(owner, _viewType) ? null : TcpWithoutOption(member, owner);
        }

        // A helper that binds and connects a socket reports the pair itself when it knows the socket is TCP: it made it,
        // or it is a member socket every member makes TCP.
        private bool IsPairedInsideHelper(Connection connection)
        {
            var site = connection.Bind.Site;
            if (connection.InsideCallOf is null || !ReferenceEquals(site.ViaCall, connection.InsideCallOf))
            {
                return false;
            }

            return site.KindInside == SocketKind.Tcp || HelperSeesTcpMember(connection.Key) is not null;
        }

        /// <summary>The member facts a helper of this type starts from for <paramref name="key"/>, when they make it a TCP socket without the option.</summary>
        private MemberFacts? HelperSeesTcpMember(SocketKey key)
        {
            if (_viewType is null || !SocketKeys.IsMemberSocket(key, _environment.Symbols) || key.Root is not ISymbol member)
            {
                return null;
            }

            return TcpWithoutOption(member, _viewType);
        }

        private MemberFacts? TcpWithoutOption(ISymbol member, INamedTypeSymbol view)
        {
            var facts = _environment.Facts.MembersOf(member, view);
            return facts.Kind == SocketKind.Tcp && !facts.Deferred ? facts : null;
        }

        private Diagnostic? AcrossMembers(MemberBind memberBind, HashSet<BindSite> followed)
        {
            var bind = memberBind.Bind;
            if (bind.Kind != SocketKind.Tcp || bind.Site.Form == BindForm.HelperBindsMember || IsReportedElsewhere(bind, memberBind.Key, followed)
                || _viewType is null || !SocketKeys.IsMemberSocket(memberBind.Key, _environment.Symbols) || memberBind.Key.Root is not ISymbol member)
            {
                return null;
            }

            var facts = _environment.Facts.MembersOf(member, _viewType);
            if (facts.Kind != SocketKind.Tcp || facts.Deferred || facts.Listened)
            {
                return null;
            }

            var connect = facts.Connects
                .Where(record => record.Operation.Syntax.SyntaxTree != _block.SyntaxTree || !_block.Span.Contains(record.Operation.Syntax.Span))
                .OrderBy(record => record.Operation.Syntax.SyntaxTree.FilePath, StringComparer.Ordinal)
                .ThenBy(record => record.Operation.Syntax.SpanStart)
                .FirstOrDefault();
            return connect is null ? null : BindDiagnostics.ForConnection(bind, connect.Target);
        }
    }
}
