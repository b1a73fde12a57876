using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Computes a <see cref="MethodSummary"/> by analyzing a method's graph knowing nothing of its sockets, then reading
    /// its end. Only <see cref="FlowFacts"/> calls it, once the summaries its graph reads are computed.
    /// </summary>
    internal static class Summarizer
    {
        /// <summary>The summary of a method or local function of the compilation; Empty when its body has no graph.</summary>
        public static MethodSummary Summarize(FlowEnvironment environment, IMethodSymbol method, CancellationToken cancellationToken)
        {
            var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            var model = environment.ModelFor(declaration.SyntaxTree);
            var graph = method.MethodKind == MethodKind.LocalFunction
                ? environment.Graphs.OfLocalFunction(model, method, cancellationToken)
                : environment.Graphs.Of(model, declaration, cancellationToken);
            return graph is null ? MethodSummary.Empty : Summarize(environment, graph, model, method, cancellationToken);
        }

        private static MethodSummary Summarize(FlowEnvironment environment, ControlFlowGraph graph, SemanticModel model, IMethodSymbol method, CancellationToken cancellationToken)
        {
            var findings = GraphAnalysis.Run(environment, graph, model, EntryFacts.Nothing, cancellationToken);
            if (findings is null)
            {
                return MethodSummary.Empty;
            }

            var exit = findings.Exit;
            var keys = new HashSet<SocketKey>(findings.ConnectsByKey.Keys.Concat(findings.Events.Servers).Concat(findings.Events.WrongWay));
            if (exit is not null)
            {
                keys.UnionWith(exit.Sockets.Keys);
                keys.UnionWith(exit.Escaped);
            }

            var effects = ImmutableArray.CreateBuilder<RootEffect>();
            foreach (var key in keys.Where(key => IsVisibleToCaller(key, method)))
            {
                var effect = EffectOn(key, exit, findings, method);
                if (effect is not null)
                {
                    effects.Add(effect);
                }
            }

            // A socket a lambda of the method binds, sets an option on or hands on: that may set the option, when, is not known.
            foreach (var handled in findings.Nested.Handled.Where(symbol => IsVisibleToCaller(SocketKey.Of(symbol), method)))
            {
                var type = handled switch { IParameterSymbol parameter => parameter.Type, ILocalSymbol local => local.Type, IFieldSymbol field => field.Type, IPropertySymbol property => property.Type, _ => null };
                if (environment.Symbols.IsTrackedType(type))
                {
                    var key = environment.Symbols.IsTcpClient(type) && environment.Symbols.TcpClientSocket is IPropertySymbol client ? SocketKey.Of(handled).Append(client) : SocketKey.Of(handled);
                    effects.Add(new RootEffect(key, SocketFacts.Fresh(SocketKind.Unknown, deferred: true, SocketOrigin.Entry), ImmutableArray<ConnectRecord>.Empty, listens: false, wrongWay: false, ImmutableHashSet<BindSite>.Empty));
                }
            }

            var returned = findings.Returned is SocketFacts facts && environment.Symbols.IsTrackedType(environment.Symbols.ResultOf(method))
                ? new RootEffect(ReturnSlot.Key, facts, ImmutableArray<ConnectRecord>.Empty, listens: false, wrongWay: false, findings.BindsFollowedByOption(ReturnSlot.Key))
                : null;
            return new MethodSummary(effects.ToImmutable(), returned, exit?.MembersDeferred ?? false);
        }

        private static RootEffect? EffectOn(SocketKey key, FlowState? exit, GraphFindings findings, IMethodSymbol method)
        {
            var facts = exit?.Get(key) ?? SocketFacts.Fresh(SocketKind.Unknown, deferred: false, SocketOrigin.Entry);
            var connects = findings.ConnectsByKey.TryGetValue(key, out var found) ? found.ToImmutableArray() : ImmutableArray<ConnectRecord>.Empty;
            var listens = findings.Events.Servers.Contains(key);
            var wrongWay = findings.Events.WrongWay.Contains(key);
            var heldFrom = facts.Origin == SocketOrigin.Entry ? ParameterHeldBy(key, findings.Events, method) : null;
            var untouched = facts.Origin == SocketOrigin.Entry && !facts.Deferred && facts.Binds.IsEmpty && heldFrom is null;
            if (untouched && connects.IsEmpty && !listens && !wrongWay)
            {
                return null;
            }

            var creations = facts.Origin == SocketOrigin.Created && facts.Kind == SocketKind.Unknown
                ? findings.Events.Blocks.SelectMany(block => block).Where(e => e.Kind == SocketEventKind.Create && key.Equals(e.Key)).Select(e => e.Operation).OfType<IObjectCreationOperation>().Distinct().ToList()
                : null;
            return new RootEffect(key, facts, connects, listens, wrongWay, findings.BindsFollowedByOption(key), creations is { Count: 1 } ? creations[0] : null, heldFrom);
        }

        // The parameter of the method a member is set to, when that is the only socket the method puts in the member.
        private static IParameterSymbol? ParameterHeldBy(SocketKey key, GraphEvents events, IMethodSymbol method)
        {
            if (!key.IsRootedInMember || !key.Members.IsEmpty)
            {
                return null;
            }

            var writes = events.Blocks.SelectMany(block => block)
                .Where(e => e.Kind is SocketEventKind.Create or SocketEventKind.MayCreate or SocketEventKind.Copy or SocketEventKind.Forget && key.Equals(e.Key))
                .ToList();
            return writes.Count == 1 && writes[0] is { Kind: SocketEventKind.Copy, Source: { Members.IsEmpty: true, Root: IParameterSymbol parameter } }
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method)
                ? parameter
                : null;
        }

        // What a caller can name: a parameter of the method, a member, this object when it is a socket (a Socket subclass's
        // own method), or for a local function a variable it captures.
        private static bool IsVisibleToCaller(SocketKey key, IMethodSymbol method) => key.Root switch
        {
            IParameterSymbol parameter => method.MethodKind == MethodKind.LocalFunction || SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method),
            ILocalSymbol local => method.MethodKind == MethodKind.LocalFunction && !SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, method),
            IFieldSymbol or IPropertySymbol => true,
            INamedTypeSymbol => !method.IsStatic,
            _ => false,
        };
    }
}
