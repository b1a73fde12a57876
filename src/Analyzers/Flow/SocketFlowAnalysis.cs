using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Forward data flow over one control-flow graph: which sockets are TCP, whether the option was
    /// set before Bind on every path (must, join = and), which binds a socket went through (may),
    /// and which of those reach a Connect. Blocks are revisited until their states stop changing,
    /// so loops converge; then one last pass records what the converged states show.
    /// </summary>
    internal sealed class SocketFlowAnalysis
    {
        // The lattice is finite and every join only loses facts, so real graphs settle in a few passes.
        private const int MaxPasses = 64;

        private readonly RequiredSymbols _symbols;
        private readonly ControlFlowGraph _graph;
        private readonly HelperSummaries? _helpers;
        private readonly FlowState _initial;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<CaptureId, IOperation?> _captures = new Dictionary<CaptureId, IOperation?>();
        private readonly Dictionary<CaptureId, List<IOperation>> _captureBranches = new Dictionary<CaptureId, List<IOperation>>();
        private readonly Dictionary<ILocalSymbol, IOperation?> _localDefinitions = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);
        private readonly Dictionary<SocketKey, IOperation> _servers = new Dictionary<SocketKey, IOperation>();
        private readonly HashSet<SocketKey> _setTheWrongWay = new HashSet<SocketKey>();
        private readonly HashSet<ISymbol> _handledInNestedCode = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IMethodSymbol, List<IInvocationOperation>> _nestedConnects = new Dictionary<IMethodSymbol, List<IInvocationOperation>>(SymbolEqualityComparer.Default);
        private FlowResult? _recorder;

        public SocketFlowAnalysis(RequiredSymbols symbols, ControlFlowGraph graph, HelperSummaries? helpers, FlowState initial, CancellationToken cancellationToken)
        {
            _symbols = symbols;
            _graph = graph;
            _helpers = helpers;
            _initial = initial;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Runs the analysis; null when the states did not settle (then nothing is reported).</summary>
        public FlowResult? Run()
        {
            var blocks = _graph.Blocks;
            CollectDefinitions(blocks);

            var inStates = new FlowState?[blocks.Length];
            var outStates = new FlowState?[blocks.Length];
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var changed = false;
                foreach (var block in blocks)
                {
                    var input = block.Ordinal == 0 ? _initial : InputOf(block, outStates);
                    if (input is null)
                    {
                        continue;
                    }

                    inStates[block.Ordinal] = input;
                    var output = Transfer(block, input);
                    var previous = outStates[block.Ordinal];
                    if (previous is null || !previous.SameAs(output))
                    {
                        outStates[block.Ordinal] = output;
                        changed = true;
                    }
                }

                if (!changed)
                {
                    return Record(blocks, inStates);
                }
            }

            return null;
        }

        private FlowResult Record(ImmutableArray<BasicBlock> blocks, FlowState?[] inStates)
        {
            var result = new FlowResult();
            _recorder = result;
            foreach (var server in _servers)
            {
                RecordMember(server.Key, MemberEventKind.Listened, SocketKind.Unknown, null, server.Value);
            }

            foreach (var block in blocks)
            {
                var input = inStates[block.Ordinal];
                if (input is null)
                {
                    continue;
                }

                var output = Transfer(block, input);
                if (block.BranchValue is not null && block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
                {
                    RecordReturn(result, block.BranchValue, output);
                }
            }

            result.Exit = inStates[blocks.Length - 1];
            _recorder = null;
            return result;
        }

        private void RecordReturn(FlowResult result, IOperation returned, FlowState state)
        {
            var key = KeyOf(returned);
            if (key is null || !_symbols.IsTrackedType(returned.Type))
            {
                result.ReturnsUntracked = true;
                return;
            }

            var facts = state.Get(SocketKeyOf(key, returned.Type));
            result.Returned = result.Returned is null ? facts : result.Returned.Join(facts);
        }

        private FlowState? InputOf(BasicBlock block, FlowState?[] outStates)
        {
            FlowState? input = null;
            foreach (var predecessor in block.Predecessors)
            {
                var source = outStates[predecessor.Source.Ordinal];
                if (source is null)
                {
                    continue;
                }

                var edge = OnEdge(predecessor.Source, predecessor.IsConditionalSuccessor, source);
                input = input is null ? edge : input.Join(edge);
            }

            if (input is null && block.Predecessors.IsEmpty && TryRegionOf(block) is ControlFlowRegion tryRegion)
            {
                // A catch or finally runs after any block of its try. The states at the ends of those blocks are
                // taken, not their starts: try { SetRawSocketOption(...) } catch { } is a best-effort option, as in
                // nginx, and counts as set.
                for (var ordinal = tryRegion.FirstBlockOrdinal; ordinal <= tryRegion.LastBlockOrdinal; ordinal++)
                {
                    if (outStates[ordinal] is FlowState state)
                    {
                        input = input is null ? state : input.Join(state);
                    }
                }
            }

            return input;
        }

        private static ControlFlowRegion? TryRegionOf(BasicBlock handlerEntry)
        {
            var region = handlerEntry.EnclosingRegion;
            while (region is not null && region.FirstBlockOrdinal == handlerEntry.Ordinal)
            {
                if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.FilterAndHandler or ControlFlowRegionKind.Finally)
                {
                    var parent = region.EnclosingRegion;
                    if (parent?.Kind == ControlFlowRegionKind.FilterAndHandler)
                    {
                        parent = parent.EnclosingRegion;
                    }

                    if (parent is null)
                    {
                        return null;
                    }

                    foreach (var nested in parent.NestedRegions)
                    {
                        if (nested.Kind == ControlFlowRegionKind.Try)
                        {
                            return nested;
                        }
                    }

                    return null;
                }

                region = region.EnclosingRegion;
            }

            return null;
        }

        /// <summary>Refines the state on a conditional edge: where the Linux check was false, no socket needs the option (CA1416-style guard).</summary>
        private FlowState OnEdge(BasicBlock source, bool isConditionalSuccessor, FlowState state)
        {
            if (source.ConditionKind == ControlFlowConditionKind.None
                || source.BranchValue is null
                || !SocketCalls.IsLinuxCheck(_symbols, source.BranchValue, Definition, out var negated))
            {
                return state;
            }

            var conditionValue = isConditionalSuccessor
                ? source.ConditionKind == ControlFlowConditionKind.WhenTrue
                : source.ConditionKind == ControlFlowConditionKind.WhenFalse;
            var isLinux = negated ? !conditionValue : conditionValue;
            return isLinux ? state : state.OnNotLinuxEdge();
        }

        private FlowState Transfer(BasicBlock block, FlowState state)
        {
            foreach (var operation in block.Operations)
            {
                state = Visit(operation, state);
            }

            if (block.BranchValue is not null)
            {
                state = Visit(block.BranchValue, state);
            }

            return state;
        }

        // Children first: arguments are evaluated before the call that takes them.
        private FlowState Visit(IOperation operation, FlowState state)
        {
            foreach (var child in operation.ChildOperations)
            {
                state = Visit(child, state);
            }

            switch (operation)
            {
                case ISimpleAssignmentOperation assignment:
                    return Assign(assignment.Target, assignment.Value, state);
                case IVariableDeclaratorOperation { Initializer: not null } declarator:
                    return AssignKey(SocketKey.Of(declarator.Symbol), declarator.Symbol.Type, declarator.Symbol.Name, declarator.Initializer.Value, state);
                case IFlowAnonymousFunctionOperation lambda when _nestedConnects.TryGetValue(lambda.Symbol, out var lambdaConnects):
                    return ConnectInside(lambdaConnects, state);
                case IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call
                    when _nestedConnects.TryGetValue(call.TargetMethod.OriginalDefinition, out var localConnects):
                    return Invoke(call, ConnectInside(localConnects, state));
                case IInvocationOperation invocation:
                    return Invoke(invocation, state);
                case IObjectCreationOperation creation:
                    return EscapeArguments(creation.Arguments, state);
                default:
                    return state;
            }
        }

        /// <summary>
        /// A lambda created, or a local function called, that connects a socket of this graph: the connect
        /// counts here, after the binds seen so far (retry policies, Task.Run, timeouts).
        /// </summary>
        private FlowState ConnectInside(List<IInvocationOperation> connects, FlowState state)
        {
            foreach (var connect in connects)
            {
                if (connect.Instance is not null && KeyOf(connect.Instance) is SocketKey key)
                {
                    state = OnConnect(SocketKeyOf(key, connect.Instance.Type), connect, state);
                }
            }

            return state;
        }

        private FlowState Assign(IOperation target, IOperation value, FlowState state)
        {
            var key = KeyOf(target);
            if (key is null)
            {
                return state;
            }

            var text = target is ILocalReferenceOperation local ? local.Local.Name : target.Syntax.ToString();
            return AssignKey(key, target.Type, text, value, state);
        }

        private FlowState AssignKey(SocketKey key, ITypeSymbol? type, string targetText, IOperation value, FlowState state)
        {
            state = state.Without(key);
            if (!_symbols.IsTrackedType(type))
            {
                return state;
            }

            var socketKey = SocketKeyOf(key, type);
            var assigned = Resolve(value);
            if (assigned is IObjectCreationOperation creation)
            {
                return Create(socketKey, targetText, creation, state);
            }

            if (assigned is IFlowCaptureReferenceOperation branches && SocketCreationOnEveryBranch(branches) is SocketKind branchKind)
            {
                // cond ? new Socket(...) : new Socket(...), or a switch expression of creations.
                RecordMember(socketKey, MemberEventKind.Created, branchKind, null, assigned);
                return state.With(socketKey, SocketFacts.Fresh(branchKind, state.NotLinux));
            }

            if (assigned is IInvocationOperation call && CreateByCall(socketKey, targetText, call, state) is FlowState created)
            {
                return created;
            }

            if (!(assigned.ConstantValue.HasValue && assigned.ConstantValue.Value is null) && assigned is not IDefaultValueOperation)
            {
                RecordMember(socketKey, MemberEventKind.Created, SocketKind.Unknown, null, assigned);
            }

            return state;
        }

        private SocketKind? SocketCreationOnEveryBranch(IFlowCaptureReferenceOperation capture)
        {
            if (!_captureBranches.TryGetValue(capture.Id, out var values) || values.Count < 2)
            {
                return null;
            }

            SocketKind? kind = null;
            foreach (var value in values)
            {
                if (SocketCalls.Unwrap(value) is not IObjectCreationOperation creation
                    || !SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.Socket))
                {
                    return null;
                }

                var branchKind = SocketCalls.ClassifySocketCreation(creation);
                kind = kind is null || kind == branchKind ? branchKind : SocketKind.Unknown;
            }

            return kind;
        }

        private FlowState Create(SocketKey socketKey, string targetText, IObjectCreationOperation creation, FlowState state)
        {
            if (SymbolEqualityComparer.Default.Equals(creation.Type, _symbols.Socket))
            {
                var kind = SocketCalls.ClassifySocketCreation(creation);
                RecordMember(socketKey, MemberEventKind.Created, kind, null, creation);
                return state.With(socketKey, SocketFacts.Fresh(kind, state.NotLinux));
            }

            if (!_symbols.IsTcpClient(creation.Type))
            {
                return state;
            }

            // Every TcpClient constructor makes a TCP socket; TcpClient(IPEndPoint) also binds it.
            RecordMember(socketKey, MemberEventKind.Created, SocketKind.Tcp, null, creation);
            var facts = SocketFacts.Fresh(SocketKind.Tcp, state.NotLinux);
            var constructor = creation.Constructor;
            if (constructor is not null && constructor.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, _symbols.IPEndPoint)
                && SocketCalls.ArgumentAt(creation.Arguments, 0) is IOperation localEndPoint)
            {
                var bind = new BindFact(creation, BindForm.TcpClientConstructor, EndPointOf(localEndPoint), unsafeBind: !state.NotLinux, targetText, helperBindLocation: null, throughTcpClient: true);
                RecordMember(socketKey, MemberEventKind.Bound, SocketKind.Tcp, bind, creation);
                facts = facts.WithBind(bind);
            }

            return state.With(socketKey, facts);
        }

        private FlowState? CreateByCall(SocketKey socketKey, string targetText, IInvocationOperation call, FlowState state)
        {
            var method = call.TargetMethod;
            if (method.Name == "Create" && SymbolEqualityComparer.Default.Equals(method.ContainingType, _symbols.BoundTcpClient))
            {
                var endPoint = SocketCalls.ArgumentAt(call, 0);
                var bind = new BindFact(call, BindForm.Deferred, endPoint is null ? EndPointFacts.Unknown : EndPointOf(endPoint), unsafeBind: false, targetText, helperBindLocation: null, throughTcpClient: true);
                RecordMember(socketKey, MemberEventKind.Created, SocketKind.Tcp, null, call);
                return state.With(socketKey, SocketFacts.Fresh(SocketKind.Tcp, deferred: true).WithBind(bind));
            }

            if (_helpers?.Get(method)?.Returned is not SocketFacts returned)
            {
                return null;
            }

            // The socket a helper of this compilation created: its binds are reported at this call, which names the socket and its connect.
            var facts = new SocketFacts(returned.Kind, returned.Deferred || state.NotLinux, ImmutableArray<BindFact>.Empty);
            RecordMember(socketKey, MemberEventKind.Created, returned.Kind, null, call);
            foreach (var returnedBind in returned.Binds)
            {
                var helperBind = new BindFact(call, BindForm.HelperReturnsBoundSocket, returnedBind.EndPoint, returnedBind.Unsafe && !state.NotLinux, targetText, returnedBind.Operation.Syntax.GetLocation(), IsTcpClientSocket(socketKey));
                RecordMember(socketKey, MemberEventKind.Bound, returned.Kind, helperBind, call);
                facts = facts.WithBind(helperBind);
            }

            return state.With(socketKey, facts);
        }

        private FlowState Invoke(IInvocationOperation invocation, FlowState state)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (SymbolEqualityComparer.Default.Equals(type, _symbols.Socket))
            {
                return method.IsStatic || invocation.Instance is null || KeyOf(invocation.Instance) is not SocketKey key
                    ? state
                    : OnSocketMethod(invocation, key, invocation.Instance.Syntax.ToString(), state);
            }

            if (_symbols.IsTcpClient(type))
            {
                return SocketCalls.IsConnect(method.Name) && invocation.Instance is not null && KeyOf(invocation.Instance) is SocketKey client
                    ? OnConnect(SocketKeyOf(client, type), invocation, state)
                    : state;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _symbols.SocketTaskExtensions))
            {
                return SocketCalls.IsConnect(method.Name) && SocketCalls.ArgumentAt(invocation, 0) is IOperation extended && KeyOf(extended) is SocketKey extendedKey
                    ? OnConnect(extendedKey, invocation, state)
                    : state;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _symbols.PortDeferral))
            {
                return OnRuntimeHelper(invocation, state);
            }

            if (SymbolEqualityComparer.Default.Equals(type, _symbols.BoundTcpClient))
            {
                return state;
            }

            return PassArguments(invocation, state);
        }

        private FlowState OnSocketMethod(IInvocationOperation invocation, SocketKey key, string socketText, FlowState state)
        {
            var name = invocation.TargetMethod.Name;
            if (name == "Bind")
            {
                var endPoint = SocketCalls.ArgumentAt(invocation, 0);
                var form = IsTcpClientSocket(key) ? BindForm.TcpClientSocketBind : BindForm.SocketBind;
                return OnBind(key, invocation, form, endPoint is null ? EndPointFacts.Unknown : EndPointOf(endPoint), socketText, null, state);
            }

            if (SocketCalls.IsConnect(name))
            {
                return OnConnect(key, invocation, state);
            }

            var option = name switch
            {
                "SetRawSocketOption" => SocketCalls.ClassifyRawOption(invocation),
                "SetSocketOption" => SocketCalls.ClassifySocketOption(invocation),
                _ => OptionCall.Unrelated,
            };
            return option switch
            {
                OptionCall.Defers => OnDeferred(key, invocation, socketText, afterBindIsWrong: true, state),
                OptionCall.WrongWay => OnDeferred(key, invocation, socketText, afterBindIsWrong: false, state),
                _ => state,
            };
        }

        private FlowState OnRuntimeHelper(IInvocationOperation invocation, FlowState state)
        {
            var socket = SocketCalls.ArgumentAt(invocation, 0);
            if (socket is null || KeyOf(socket) is not SocketKey key)
            {
                return state;
            }

            key = SocketKeyOf(key, socket.Type);
            switch (invocation.TargetMethod.Name)
            {
                case "DeferPortToConnect":
                    return OnDeferred(key, invocation, socket.Syntax.ToString(), afterBindIsWrong: true, state);
                case "BindForConnect":
                    var endPoint = SocketCalls.ArgumentAt(invocation, 1);
                    return OnBind(key, invocation, BindForm.Deferred, endPoint is null ? EndPointFacts.Unknown : EndPointOf(endPoint), socket.Syntax.ToString(), null, state);
                default:
                    return state;
            }
        }

        /// <summary>A socket handed to other code: a helper of this compilation is summarized, anything else may set the option, so it counts as deferred.</summary>
        private FlowState PassArguments(IInvocationOperation invocation, FlowState state)
        {
            if (!HasSocketArgument(invocation.Arguments))
            {
                return state;
            }

            var summary = _helpers?.Get(invocation.TargetMethod);
            if (summary is null)
            {
                return EscapeArguments(invocation.Arguments, state);
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is null || !_symbols.IsTrackedType(argument.Value.Type) || KeyOf(argument.Value) is not SocketKey key
                    || !summary.Parameters.TryGetValue(argument.Parameter.Ordinal, out var effect))
                {
                    continue;
                }

                key = SocketKeyOf(key, argument.Value.Type);
                var socketText = argument.Value.Syntax.ToString();
                if (effect.Bind is BindFact helperBind)
                {
                    var unsafeBind = helperBind.Unsafe && !state.Get(key).Deferred;
                    state = OnBind(key, invocation, BindForm.HelperBindsArgument, helperBind.EndPoint, socketText, helperBind.Operation.Syntax.GetLocation(), state, unsafeBind);
                }

                if (effect.SetsOption)
                {
                    state = OnDeferred(key, invocation, socketText, afterBindIsWrong: false, state);
                }
            }

            return state;
        }

        private bool HasSocketArgument(ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (_symbols.IsTrackedType(argument.Value.Type))
                {
                    return true;
                }
            }

            return false;
        }

        private FlowState EscapeArguments(ImmutableArray<IArgumentOperation> arguments, FlowState state)
        {
            foreach (var argument in arguments)
            {
                if (_symbols.IsTrackedType(argument.Value.Type) && KeyOf(argument.Value) is SocketKey key)
                {
                    state = OnDeferred(SocketKeyOf(key, argument.Value.Type), argument, argument.Value.Syntax.ToString(), afterBindIsWrong: false, state);
                }
            }

            return state;
        }

        private FlowState OnBind(SocketKey key, IOperation operation, BindForm form, EndPointFacts endPoint, string socketText, Location? helperBindLocation, FlowState state, bool? unsafeBind = null)
        {
            var facts = state.Get(key);
            var bind = new BindFact(operation, form, endPoint, unsafeBind ?? (form != BindForm.Deferred && !facts.Deferred), socketText, helperBindLocation, IsTcpClientSocket(key));
            RecordMember(key, MemberEventKind.Bound, facts.Kind, bind, operation);
            return state.With(key, facts.WithBind(bind));
        }

        private FlowState OnConnect(SocketKey key, IInvocationOperation connect, FlowState state)
        {
            if (_recorder is null)
            {
                return state;
            }

            var facts = state.Get(key);
            if (facts.Kind == SocketKind.Unknown || !facts.Binds.IsEmpty)
            {
                // A socket created here and not bound here is not the one another member bound.
                RecordMember(key, MemberEventKind.Connected, facts.Kind, null, connect);
            }

            if (facts.Kind == SocketKind.Tcp && !_servers.ContainsKey(key))
            {
                foreach (var bind in facts.Binds)
                {
                    // SetSocketOption(IP, (SocketOptionName)24) anywhere on the socket is BNP003's to report, not the bind's.
                    if (bind.EndPoint.Port == LocalPort.NonZero || !_setTheWrongWay.Contains(key))
                    {
                        _recorder.Connections.Add(new Connection(bind, connect));
                    }
                }
            }

            return state;
        }

        private FlowState OnDeferred(SocketKey key, IOperation operation, string socketText, bool afterBindIsWrong, FlowState state)
        {
            var facts = state.Get(key);
            if (_recorder is not null)
            {
                if (facts.Binds.IsEmpty)
                {
                    RecordMember(key, MemberEventKind.DeferredBeforeBind, facts.Kind, null, operation);
                }
                else if (afterBindIsWrong && facts.Kind != SocketKind.NotTcp && !_servers.ContainsKey(key))
                {
                    _recorder.OptionsAfterBind.Add(new OptionAfterBind(operation, facts.Binds[0], socketText));
                }
            }

            return state.With(key, facts.WithDeferred());
        }

        private void RecordMember(SocketKey key, MemberEventKind kind, SocketKind createdKind, BindFact? bind, IOperation operation)
        {
            if (_recorder is not null && key.IsRootedInMember)
            {
                _recorder.MemberEvents.Add(new MemberEvent(key, kind, createdKind, bind, operation));
            }
        }

        private EndPointFacts EndPointOf(IOperation endPoint) => SocketCalls.ClassifyEndPoint(_symbols, endPoint, Definition);

        private bool IsTcpClientSocket(SocketKey key)
        {
            return key.Path.Length > 1 && SymbolEqualityComparer.Default.Equals(key.Path[key.Path.Length - 1], _symbols.TcpClientSocket);
        }

        /// <summary>A TcpClient is tracked through the socket it wraps, client.Client.</summary>
        private SocketKey SocketKeyOf(SocketKey key, ITypeSymbol? type)
        {
            return _symbols.IsTcpClient(type) && _symbols.TcpClientSocket is IPropertySymbol client ? key.Append(client) : key;
        }

        /// <summary>The single value a local or flow capture is given in this graph, if there is exactly one.</summary>
        private IOperation? Definition(IOperation operation)
        {
            return operation switch
            {
                ILocalReferenceOperation local when _localDefinitions.TryGetValue(local.Local, out var value) => value,
                IFlowCaptureReferenceOperation capture when _captures.TryGetValue(capture.Id, out var value) => value,
                _ => null,
            };
        }

        private IOperation Resolve(IOperation value)
        {
            var operation = SocketCalls.Unwrap(value);
            for (var depth = 0; depth < 8 && operation is IFlowCaptureReferenceOperation capture; depth++)
            {
                if (!_captures.TryGetValue(capture.Id, out var captured) || captured is null)
                {
                    break;
                }

                operation = SocketCalls.Unwrap(captured);
            }

            return operation;
        }

        /// <summary>The symbol path naming the value: a local, parameter, or a chain of fields and properties from this or a static.</summary>
        private SocketKey? KeyOf(IOperation operation)
        {
            operation = Resolve(operation);
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return _handledInNestedCode.Contains(local.Local) ? null : SocketKey.Of(local.Local);
                case IParameterReferenceOperation parameter:
                    return _handledInNestedCode.Contains(parameter.Parameter) ? null : SocketKey.Of(parameter.Parameter);
                case IFieldReferenceOperation field:
                    return MemberKey(field.Field, field.Instance);
                case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                    return MemberKey(property.Property, property.Instance);
                default:
                    return null;
            }
        }

        private SocketKey? MemberKey(ISymbol member, IOperation? instance)
        {
            if (member.IsStatic || instance is null || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })
            {
                return SocketKey.Of(member);
            }

            return KeyOf(instance)?.Append(member);
        }

        /// <summary>Locals and parameters a lambda or local function binds, sets an option on or hands on: when that runs is not known, so they are not tracked here.</summary>
        public IEnumerable<ISymbol> HandledInNestedCode => _handledInNestedCode;

        private void CollectHandledInNestedCode()
        {
            foreach (var operation in _graph.OriginalOperation.Descendants())
            {
                var function = operation switch
                {
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    ILocalFunctionOperation localFunction => localFunction.Symbol,
                    _ => null,
                };
                if (function is null)
                {
                    continue;
                }

                var connects = new List<IInvocationOperation>();
                _nestedConnects[function] = connects;

                foreach (var nested in operation.Descendants())
                {
                    if (nested is not IInvocationOperation invocation)
                    {
                        continue;
                    }

                    var type = invocation.TargetMethod.ContainingType;
                    var onSocket = SymbolEqualityComparer.Default.Equals(type, _symbols.Socket) || _symbols.IsTcpClient(type);
                    if (onSocket && invocation.Instance is not null && SocketCalls.IsConnect(invocation.TargetMethod.Name))
                    {
                        connects.Add(invocation);
                    }

                    if (onSocket && invocation.Instance is not null && invocation.TargetMethod.Name is "Bind" or "SetRawSocketOption" or "SetSocketOption"
                        && RootVariable(invocation.Instance) is ISymbol receiver)
                    {
                        _handledInNestedCode.Add(receiver);
                    }

                    if (onSocket)
                    {
                        continue;
                    }

                    foreach (var argument in invocation.Arguments)
                    {
                        if (_symbols.IsTrackedType(argument.Value.Type) && RootVariable(argument.Value) is ISymbol handedOn)
                        {
                            _handledInNestedCode.Add(handedOn);
                        }
                    }
                }
            }
        }

        private static ISymbol? RootVariable(IOperation operation)
        {
            for (var depth = 0; depth < 16; depth++)
            {
                switch (SocketCalls.Unwrap(operation))
                {
                    case ILocalReferenceOperation local:
                        return local.Local;
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter;
                    case IMemberReferenceOperation { Instance: IOperation instance }:
                        operation = instance;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        private void CollectDefinitions(ImmutableArray<BasicBlock> blocks)
        {
            CollectHandledInNestedCode();
            var invocations = new List<IInvocationOperation>();
            foreach (var block in blocks)
            {
                foreach (var root in block.Operations)
                {
                    Collect(root, invocations);
                }

                if (block.BranchValue is not null)
                {
                    Collect(block.BranchValue, invocations);
                }
            }

            foreach (var invocation in invocations)
            {
                if (SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _symbols.SocketTaskExtensions)
                    && SocketCalls.IsServer(invocation.TargetMethod.Name)
                    && SocketCalls.ArgumentAt(invocation, 0) is IOperation listener
                    && KeyOf(listener) is SocketKey listenerKey)
                {
                    _servers[listenerKey] = invocation;
                    continue;
                }

                if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _symbols.Socket)
                    || invocation.Instance is null
                    || KeyOf(invocation.Instance) is not SocketKey key)
                {
                    continue;
                }

                if (SocketCalls.IsServer(invocation.TargetMethod.Name))
                {
                    _servers[key] = invocation;
                }
                else if (invocation.TargetMethod.Name == "SetSocketOption" && SocketCalls.ClassifySocketOption(invocation) == OptionCall.WrongWay)
                {
                    _setTheWrongWay.Add(key);
                }
            }
        }

        private void Collect(IOperation operation, List<IInvocationOperation> invocations)
        {
            switch (operation)
            {
                case IFlowCaptureOperation capture:
                    Define(_captures, capture.Id, capture.Value);
                    if (!_captureBranches.TryGetValue(capture.Id, out var branches))
                    {
                        branches = new List<IOperation>();
                        _captureBranches[capture.Id] = branches;
                    }

                    branches.Add(capture.Value);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                    Define(_localDefinitions, local.Local, assignment.Value);
                    break;
                case IVariableDeclaratorOperation { Initializer: not null } declarator:
                    Define(_localDefinitions, declarator.Symbol, declarator.Initializer.Value);
                    break;
                case IInvocationOperation invocation:
                    invocations.Add(invocation);
                    break;
            }

            foreach (var child in operation.ChildOperations)
            {
                Collect(child, invocations);
            }
        }

        // A second, different definition makes the value ambiguous: remember null.
        private static void Define<TKey>(Dictionary<TKey, IOperation?> definitions, TKey key, IOperation value)
            where TKey : notnull
        {
            definitions[key] = definitions.TryGetValue(key, out var existing) && !ReferenceEquals(existing, value) ? null : value;
        }
    }
}
