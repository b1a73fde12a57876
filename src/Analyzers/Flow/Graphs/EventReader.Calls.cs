using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The calls: the framework's socket members, the runtime helpers, other assemblies' methods, and calls that did not resolve.</summary>
    internal sealed partial class EventReader
    {
        private void Invocation(IInvocationOperation invocation, List<SocketEvent> events)
        {
            var method = invocation.TargetMethod;
            switch (_symbols.CallOf(method))
            {
                case SocketCall.None:
                    break;
                case SocketCall.FromAsync:
                    FromAsync(invocation, events);
                    return;
                case SocketCall.BoundTcpClientCreate or SocketCall.ListedBoundSocketFactory:
                    return;
                default:
                    var operand = _symbols.SocketOperandOf(invocation);
                    if (operand is not null && _keys.SocketKeyOf(operand) is SocketKey key)
                    {
                        OnSocketCall(CallEffects.Of(method, invocation, _environment, _deferringMethods), invocation, key, operand.Syntax.ToString(), events);
                    }

                    return;
            }

            if (method.MethodKind == MethodKind.LocalFunction)
            {
                LocalFunctionCall(invocation, events);
                return;
            }

            var receiverIsThis = SocketKeys.IsCallOnThis(invocation);
            var receiver = method.IsStatic || receiverIsThis || invocation.Instance is null ? null : _keys.KeyOf(invocation.Instance);
            Call(method, invocation, invocation.Arguments, receiverIsThis, receiver, events);
        }

        private void OnSocketCall(CallEffect effect, IInvocationOperation invocation, SocketKey key, string socketText, List<SocketEvent> events)
        {
            switch (effect)
            {
                case CallEffect.Binds:
                    var endPoint = _symbols.BoundEndPointOf(invocation);
                    var form = _symbols.ConfiguredBinds.Contains(invocation.TargetMethod.OriginalDefinition) ? BindForm.ListedMethodBinds
                        : _keys.IsTcpClientSocket(key) ? BindForm.TcpClientSocketBind
                        : BindForm.SocketBind;
                    events.Add(SocketEvent.Bind(key, BindSite.Direct(invocation, form, EndPointOf(endPoint), socketText, _keys.IsTcpClientSocket(key))));
                    break;
                case CallEffect.BindsDeferred:
                    var localEndPoint = Operations.ArgumentAt(invocation, 1);
                    events.Add(SocketEvent.Bind(key, BindSite.Direct(invocation, BindForm.Deferred, EndPointOf(localEndPoint), socketText, _keys.IsTcpClientSocket(key))));
                    break;
                case CallEffect.Connects:
                    events.Add(SocketEvent.Connect(key, invocation, ConnectTargets.Of(invocation)));
                    break;
                case CallEffect.Listens:
                    events.Add(SocketEvent.Listen(key, invocation));
                    break;
                case CallEffect.Defers:
                    events.Add(SocketEvent.Defer(key, invocation, socketText, isOptionCall: true));
                    break;
                case CallEffect.DefersTheWrongWay:
                    events.Add(SocketEvent.Defer(key, invocation, socketText, isOptionCall: false));
                    events.Add(SocketEvent.WrongWay(key, invocation));
                    break;
            }
        }

        // Task.Factory.FromAsync(socket.BeginConnect, socket.EndConnect, remote, state) calls BeginConnect at once; so
        // does FromAsync(BeginConnect, EndConnect, address, port, socket) with a begin method of this compilation.
        private void FromAsync(IInvocationOperation invocation, List<SocketEvent> events)
        {
            var target = invocation.Arguments
                .Select(argument => Operations.Unwrap(argument.Value))
                .FirstOrDefault(value => value is not IDelegateCreationOperation && !value.IsImplicit)?.Syntax.ToString() ?? "?";
            foreach (var argument in invocation.Arguments)
            {
                if (Operations.Unwrap(argument.Value) is not IDelegateCreationOperation { Target: IMethodReferenceOperation reference })
                {
                    continue;
                }

                if (reference.Instance is IOperation instance && _symbols.CallOf(reference.Method) == SocketCall.Connect && _keys.SocketKeyOf(instance) is SocketKey key)
                {
                    events.Add(SocketEvent.Connect(key, invocation, target));
                }
                else if (argument.Parameter?.Name == "beginMethod" && _symbols.IsInCompilation(reference.Method) && SummaryOf(reference.Method) is MethodSummary summary)
                {
                    ConnectsOfBeginMethod(summary, reference.Method, invocation, target, events);
                }
            }
        }

        // The begin method takes FromAsync's arg1, arg2, ... in order, then the callback, then the state.
        private void ConnectsOfBeginMethod(MethodSummary summary, IMethodSymbol begin, IInvocationOperation invocation, string target, List<SocketEvent> events)
        {
            foreach (var effect in summary.Effects)
            {
                if (effect.Connects.IsEmpty || !effect.Key.Members.IsEmpty || effect.Key.Root is not IParameterSymbol parameter)
                {
                    continue;
                }

                var name = parameter.Ordinal == begin.Parameters.Length - 1 ? "state"
                    : parameter.Ordinal < begin.Parameters.Length - 2 ? "arg" + (parameter.Ordinal + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : null;
                var argument = invocation.Arguments.FirstOrDefault(candidate => candidate.Parameter?.Name == name);
                if (argument is not null && _keys.SocketKeyOf(argument.Value) is SocketKey key)
                {
                    events.Add(SocketEvent.Connect(key, invocation, TargetBeside(invocation, argument) ?? target));
                }
            }
        }

        // The remote end is the first of the begin method's own arguments that is not the socket itself.
        private static string? TargetBeside(IInvocationOperation invocation, IArgumentOperation socket) => invocation.Arguments
            .Where(argument => argument != socket && argument.Parameter?.Name.StartsWith("arg", StringComparison.Ordinal) == true)
            .Select(argument => Operations.Unwrap(argument.Value))
            .FirstOrDefault(value => !value.IsImplicit)?.Syntax.ToString();

        // A missing reference can leave Bind or Connect unresolved between its overloads: a Socket call still.
        private void Invalid(IInvalidOperation invalid, List<SocketEvent> events)
        {
            if (invalid.Syntax is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } syntax)
            {
                return;
            }

            var calls = _model.GetSymbolInfo(syntax, _cancellationToken).CandidateSymbols.OfType<IMethodSymbol>().Select(_symbols.CallOf).Distinct().ToList();
            if (calls.Count != 1 || calls[0] is not (SocketCall.Bind or SocketCall.Connect))
            {
                return;
            }

            var children = invalid.ChildOperations.ToList();
            var receiver = children.FirstOrDefault(child => child.Syntax == access.Expression);
            if (receiver is null || _keys.SocketKeyOf(receiver) is not SocketKey key)
            {
                return;
            }

            var firstArgument = syntax.ArgumentList.Arguments.Count > 0
                ? children.FirstOrDefault(child => child.Syntax == syntax.ArgumentList.Arguments[0].Expression)
                : null;
            if (calls[0] == SocketCall.Bind)
            {
                var form = _keys.IsTcpClientSocket(key) ? BindForm.TcpClientSocketBind : BindForm.SocketBind;
                events.Add(SocketEvent.Bind(key, BindSite.Direct(invalid, form, EndPointOf(firstArgument), receiver.Syntax.ToString(), _keys.IsTcpClientSocket(key))));
            }
            else
            {
                events.Add(SocketEvent.Connect(key, invalid, firstArgument?.Syntax.ToString() ?? "?"));
            }
        }

        private void ConnectsInside(ImmutableArray<IInvocationOperation> connects, List<SocketEvent> events)
        {
            foreach (var connect in connects)
            {
                if (connect.Instance is not null && _keys.SocketKeyOf(connect.Instance) is SocketKey key)
                {
                    events.Add(SocketEvent.Connect(key, connect, ConnectTargets.Of(connect)));
                }
            }
        }

        /// <summary>A call of a method that is neither a socket member nor a runtime helper: summarized, not seen, or another assembly's.</summary>
        private void Call(IMethodSymbol method, IOperation call, ImmutableArray<IArgumentOperation> arguments, bool receiverIsThis, SocketKey? receiver, List<SocketEvent> events)
        {
            if (DispatchedSummaryOf(method, receiverIsThis) is MethodSummary dispatched)
            {
                Apply(dispatched, call, arguments, receiverIsThis, receiver, localFunction: null, events);
                return;
            }

            switch (CallEffects.Of(method, call as IInvocationOperation, _environment, _deferringMethods))
            {
                case CallEffect.Defers:
                    foreach (var argument in arguments)
                    {
                        if (_symbols.IsTrackedType(argument.Value.Type) && _keys.SocketKeyOf(argument.Value) is SocketKey key)
                        {
                            events.Add(SocketEvent.Defer(key, call, argument.Value.Syntax.ToString(), isOptionCall: true));
                        }
                    }

                    return;
                case CallEffect.RunsOtherCode:
                    EscapeArguments(arguments, events);
                    return;
                case CallEffect.Summarized or CallEffect.RunsOwnCodeNotSeen:
                    break;
                default:
                    return;
            }

            // No socket, TcpClient or holder of one goes in or comes out, and this object holds none: nothing to follow.
            if (!_environment.Holders.CanTouchSockets(method, arguments))
            {
                return;
            }

            if (SummaryOf(method) is MethodSummary summary)
            {
                Apply(summary, call, arguments, receiverIsThis, receiver, localFunction: null, events);
                return;
            }

            // Code of this compilation that is not seen (virtual, abstract, partial, an interface, a recursive call): it may set the option.
            EscapeArguments(arguments, events);
            if (receiverIsThis)
            {
                events.Add(SocketEvent.EscapeMembers(call));
            }
            else if (receiver is not null)
            {
                events.Add(SocketEvent.Escape(receiver, call));
            }
        }

        private void EscapeArguments(ImmutableArray<IArgumentOperation> arguments, List<SocketEvent> events)
        {
            foreach (var argument in arguments)
            {
                if (_symbols.IsTrackedType(argument.Value.Type) && _keys.KeyOf(argument.Value) is SocketKey key)
                {
                    events.Add(SocketEvent.Escape(key, argument));
                }
            }
        }
    }
}
