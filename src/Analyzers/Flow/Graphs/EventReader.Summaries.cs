using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// A call of a method summarized for its callers, or of a local function, replayed here: each effect on a socket
    /// the caller can name becomes the caller's events, on the caller's key for that socket.
    /// </summary>
    internal sealed partial class EventReader
    {
        private MethodSummary? SummaryOf(IMethodSymbol method) => _environment.Facts.SummaryOf(method, _cancellationToken);

        // A call on this object, analyzed as a concrete class: the summary of the body it runs there, when that is known.
        private MethodSummary? DispatchedSummaryOf(IMethodSymbol method, bool onThis) =>
            onThis && _view is not null && DispatchViews.Implementation(method, _view) is var implementation && !SymbolEqualityComparer.Default.Equals(implementation, method.OriginalDefinition)
                ? _environment.Facts.SummaryOfImplementation(implementation, _cancellationToken)
                : null;

        // Its body runs at the call when the graph never makes it a delegate; its connects count here either way.
        private void LocalFunctionCall(IInvocationOperation invocation, List<SocketEvent> events)
        {
            var function = invocation.TargetMethod.OriginalDefinition;
            ConnectsInside(_nested.ConnectsInside(function), events);
            if (!_nested.IsCalledDirectlyOnly(function))
            {
                return;
            }

            if (SummaryOf(function) is not MethodSummary summary)
            {
                // A local function calling itself, directly or through another: what it does there is not known.
                EscapeArguments(invocation.Arguments, events);
                return;
            }

            Apply(summary, invocation, invocation.Arguments, receiverIsThis: true, receiver: null, localFunction: function, events);
        }

        private void Apply(MethodSummary summary, IOperation call, ImmutableArray<IArgumentOperation> arguments, bool receiverIsThis, SocketKey? receiver, IMethodSymbol? localFunction, List<SocketEvent> events)
        {
            foreach (var effect in summary.Effects)
            {
                if (CallerKey(effect.Key, arguments, receiverIsThis, receiver, localFunction) is not SocketKey key)
                {
                    continue;
                }

                var form = effect.Key.Root is IParameterSymbol ? BindForm.HelperBindsArgument : BindForm.HelperBindsMember;
                Apply(effect, key, call, arguments, form, CallerText(effect.Key, arguments, receiverIsThis, receiver, call), localFunction, events);
            }

            if (summary.EscapesMembers)
            {
                if (receiverIsThis)
                {
                    events.Add(SocketEvent.EscapeMembers(call));
                }
                else if (receiver is not null)
                {
                    events.Add(SocketEvent.Escape(receiver, call));
                }
            }
        }

        /// <summary>One effect on the caller's <paramref name="key"/>: the socket it now holds, its binds, its option, its connects.</summary>
        private void Apply(RootEffect effect, SocketKey key, IOperation call, ImmutableArray<IArgumentOperation> arguments, BindForm form, string text, IMethodSymbol? localFunction, List<SocketEvent> events)
        {
            var exit = effect.Exit;
            if (effect.HeldFrom is IParameterSymbol held && Operations.ArgumentAt(arguments, held.Ordinal) is IOperation given)
            {
                // The callee kept the socket it was given in the member the caller names key: as if the caller assigned it.
                AssignTo(key, held.Type, text, given, events);
            }

            switch (exit.Origin)
            {
                case SocketOrigin.Created:
                    var kind = effect.CreatedBy is IObjectCreationOperation creation
                        ? SocketCreations.Classify(creation, parameter => Operations.ArgumentAt(arguments, parameter.Ordinal))
                        : exit.Kind;
                    events.Add(SocketEvent.Create(key, kind, call));
                    break;
                case SocketOrigin.Mixed:
                    events.Add(SocketEvent.MayCreate(key, exit.Kind, call));
                    break;
            }

            foreach (var bind in exit.Binds.Where(bind => bind.Form != BindForm.Deferred))
            {
                events.Add(SocketEvent.Bind(key, SiteOf(bind, call, arguments, form, text, key, effect, localFunction)));
            }

            if (exit.Deferred)
            {
                events.Add(SocketEvent.Defer(key, call, text, isOptionCall: false));
            }

            foreach (var connect in effect.Connects)
            {
                events.Add(SocketEvent.Connect(key, connect.Operation, connect.Target, insideCallOf: call));
            }

            if (effect.Listens)
            {
                events.Add(SocketEvent.Listen(key, call));
            }

            if (effect.WrongWay)
            {
                events.Add(SocketEvent.WrongWay(key, call));
            }
        }

        // A local function's bind is reported where it is written, in this same member; a helper's at the call.
        private BindSite SiteOf(BindFact bind, IOperation call, ImmutableArray<IArgumentOperation> arguments, BindForm form, string text, SocketKey key, RootEffect effect, IMethodSymbol? localFunction)
        {
            var endPoint = bind.EndPoint.FromParameter is IParameterSymbol parameter && Operations.ArgumentAt(arguments, parameter.Ordinal) is IOperation argument
                && (localFunction is null || SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, localFunction))
                ? EndPointOf(argument)
                : bind.EndPoint;
            var followed = effect.BindsFollowedByOption.Contains(bind.Site);
            var throughTcpClient = bind.Site.ThroughTcpClient || _keys.IsTcpClientSocket(key);
            return localFunction is null
                ? BindSite.ThroughCall(call, call, form, endPoint, text, throughTcpClient, bind, followed)
                : BindSite.ThroughCall(call, bind.Operation, bind.Form, endPoint, bind.Site.SocketText, throughTcpClient, bind, followed);
        }

        /// <summary>The caller's name for a socket the callee names <paramref name="calleeKey"/>; null when the caller cannot name it.</summary>
        private SocketKey? CallerKey(SocketKey calleeKey, ImmutableArray<IArgumentOperation> arguments, bool receiverIsThis, SocketKey? receiver, IMethodSymbol? localFunction)
        {
            switch (calleeKey.Root)
            {
                case IParameterSymbol parameter when localFunction is not null && !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, localFunction):
                    return calleeKey;
                case IParameterSymbol parameter:
                    return Operations.ArgumentAt(arguments, parameter.Ordinal) is IOperation argument && _keys.KeyOf(argument) is SocketKey argumentKey
                        ? calleeKey.Rebase(argumentKey)
                        : null;
                case ILocalSymbol:
                    return localFunction is null ? null : calleeKey;
                case ISymbol member and (IFieldSymbol or IPropertySymbol):
                    if (member.IsStatic || receiverIsThis)
                    {
                        return calleeKey;
                    }

                    return receiver is null ? null : calleeKey.Rebase(receiver.Append(member));
                case INamedTypeSymbol:
                    // The callee's own object, a Socket subclass: the caller's receiver.
                    return receiverIsThis ? calleeKey : receiver is null ? null : calleeKey.Rebase(receiver);
                default:
                    return null;
            }
        }

        private static string CallerText(SocketKey calleeKey, ImmutableArray<IArgumentOperation> arguments, bool receiverIsThis, SocketKey? receiver, IOperation call)
        {
            if (calleeKey.Root is IParameterSymbol parameter && Operations.ArgumentAt(arguments, parameter.Ordinal) is IOperation argument)
            {
                return argument.Syntax.ToString();
            }

            if (!receiverIsThis && receiver is not null && call is IInvocationOperation { Instance: IOperation instance })
            {
                return instance.Syntax.ToString();
            }

            return string.Join(".", new[] { calleeKey.Root }.Concat(calleeKey.Members).OfType<ISymbol>().Select(symbol => symbol.Name));
        }
    }
}
