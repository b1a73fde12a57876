using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using BindNoPort.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Reads the socket events of every operation of one graph, children before their parent (arguments are evaluated
    /// before the call that takes them). This part reads values: creations, assignments and returns; calls are read in
    /// EventReader.Calls.cs and what a call to a summarized method does in EventReader.Summaries.cs.
    /// </summary>
    internal sealed partial class EventReader
    {
        private readonly FlowEnvironment _environment;
        private readonly RequiredSymbols _symbols;
        private readonly ControlFlowGraph _graph;
        private readonly SemanticModel _model;
        private readonly SocketKeys _keys;
        private readonly GraphDefinitions _definitions;
        private readonly NestedCode _nested;
        private readonly CancellationToken _cancellationToken;
        private readonly PortDeferringMethods _deferringMethods;
        private readonly HashSet<IOperation> _returnedValues = new HashSet<IOperation>();
        private readonly INamedTypeSymbol? _view;
        private SocketKey? _returnKey;

        public EventReader(FlowEnvironment environment, ControlFlowGraph graph, SemanticModel model, SocketKeys keys, GraphDefinitions definitions, NestedCode nested, CancellationToken cancellationToken, INamedTypeSymbol? view = null)
        {
            _view = view;
            _environment = environment;
            _symbols = environment.Symbols;
            _graph = graph;
            _model = model;
            _keys = keys;
            _definitions = definitions;
            _nested = nested;
            _cancellationToken = cancellationToken;
            _deferringMethods = environment.DeferringMethodsFor(graph.OriginalOperation.Syntax.SyntaxTree);
        }

        public GraphEvents Read()
        {
            var blocks = ImmutableArray.CreateBuilder<ImmutableArray<SocketEvent>>(_graph.Blocks.Length);
            foreach (var block in _graph.Blocks)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var events = new List<SocketEvent>();
                foreach (var operation in block.Operations)
                {
                    Visit(operation, events);
                }

                if (block.BranchValue is IOperation branchValue)
                {
                    var returns = block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return;
                    if (returns)
                    {
                        _returnedValues.Add(Operations.Unwrap(branchValue));
                    }

                    Visit(branchValue, events);
                    if (returns)
                    {
                        Return(branchValue, events);
                    }
                }

                blocks.Add(events.ToImmutableArray());
            }

            return new GraphEvents(_graph, blocks.MoveToImmutable(), _returnKey);
        }

        private void Visit(IOperation operation, List<SocketEvent> events)
        {
            if (operation is IFlowAnonymousFunctionOperation lambda)
            {
                // A lambda's connects count where it is made; its body is a graph of its own.
                ConnectsInside(_nested.ConnectsInside(lambda.Symbol), events);
                return;
            }

            foreach (var child in operation.ChildOperations)
            {
                Visit(child, events);
            }

            switch (operation)
            {
                case IFlowCaptureOperation capture when _definitions.IsBranchCapture(capture.Id):
                    AssignTo(SocketKey.Of(capture.Id), capture.Value.Type, _definitions.TargetOf(capture.Id) ?? capture.Value.Syntax.ToString(), capture.Value, events);
                    break;
                case ISimpleAssignmentOperation assignment:
                    Assign(assignment.Target, assignment.Value, events);
                    break;
                case IVariableDeclaratorOperation { Initializer: not null } declarator when !_nested.IsHandledInNestedCode(declarator.Symbol):
                    AssignTo(SocketKey.Of(declarator.Symbol), declarator.Symbol.Type, declarator.Symbol.Name, declarator.Initializer.Value, events);
                    break;
                case IInvocationOperation invocation:
                    Invocation(invocation, events);
                    break;
                case IObjectCreationOperation creation when !IsAssignedValue(creation):
                    Construction(creation, target: null, creation.Syntax.ToString(), events);
                    break;
                case IInvalidOperation invalid:
                    Invalid(invalid, events);
                    break;
            }
        }

        private void Return(IOperation value, List<SocketEvent> events)
        {
            if (_symbols.IsTrackedType(value.Type))
            {
                _returnKey ??= _keys.Track(ReturnSlot.Key, value.Type);
                AssignTo(ReturnSlot.Key, value.Type, value.Syntax.ToString(), value, events);
            }
        }

        private void Assign(IOperation target, IOperation value, List<SocketEvent> events)
        {
            if (_keys.KeyOf(target) is not SocketKey key)
            {
                if (Operations.Unwrap(value) is IObjectCreationOperation creation)
                {
                    Construction(creation, target: null, creation.Syntax.ToString(), events);
                }

                return;
            }

            var text = target is ILocalReferenceOperation local ? local.Local.Name : target.Syntax.ToString();
            AssignTo(key, target.Type, text, value, events);
        }

        private void AssignTo(SocketKey key, ITypeSymbol? type, string text, IOperation value, List<SocketEvent> events)
        {
            var resolved = Resolve(value);
            if (!_symbols.IsTrackedType(type))
            {
                // Whatever the key held is gone; a wrapper's constructor says what it holds now.
                events.Add(SocketEvent.Forget(key, value));
                if (resolved is IObjectCreationOperation wrapper)
                {
                    Construction(wrapper, key, text, events);
                }

                return;
            }

            switch (resolved)
            {
                case IFlowCaptureReferenceOperation capture when _definitions.IsBranchCapture(capture.Id):
                    events.Add(SocketEvent.Copy(key, SocketKey.Of(capture.Id), value));
                    break;
                case IObjectCreationOperation creation:
                    Construction(creation, key, text, events);
                    break;
                case IInvocationOperation call:
                    CreateByCall(call, key, type, text, events);
                    break;
                case IAwaitOperation awaited when AwaitedCall(awaited) is IInvocationOperation call:
                    CreateByCall(call, key, type, text, events);
                    break;
                default:
                    events.Add(_keys.KeyOf(resolved) is SocketKey source ? SocketEvent.Copy(key, source, value) : SocketEvent.Forget(key, value));
                    break;
            }
        }

        private void Construction(IObjectCreationOperation creation, SocketKey? target, string text, List<SocketEvent> events)
        {
            if (_symbols.IsSocket(creation.Type))
            {
                if (target is not null)
                {
                    events.Add(SocketEvent.Create(target, SocketCreations.Of(creation, _environment, _cancellationToken), creation));
                }

                return;
            }

            if (_symbols.IsTcpClient(creation.Type))
            {
                if (target is not null)
                {
                    NewTcpClient(creation, _keys.Track(target, creation.Type), text, events);
                }

                return;
            }

            if (creation.Constructor is IMethodSymbol constructor)
            {
                Call(constructor, creation, creation.Arguments, receiverIsThis: false, receiver: target, events);
            }
        }

        // Every TcpClient constructor makes a TCP socket; TcpClient(IPEndPoint) also binds it.
        private void NewTcpClient(IObjectCreationOperation creation, SocketKey socket, string text, List<SocketEvent> events)
        {
            events.Add(SocketEvent.Create(socket, SocketKind.Tcp, creation));
            if (SymbolEqualityComparer.Default.Equals(creation.Constructor, _symbols.TcpClientBindingConstructor)
                && Operations.ArgumentAt(creation.Arguments, 0) is IOperation localEndPoint)
            {
                events.Add(SocketEvent.Bind(socket, BindSite.Direct(creation, BindForm.TcpClientConstructor, EndPointOf(localEndPoint), text, throughTcpClient: true)));
            }
        }

        // await Factory.CreateAsync(...), also with .ConfigureAwait(...): the socket the async method returns.
        private IInvocationOperation? AwaitedCall(IAwaitOperation awaited)
        {
            var operation = Operations.Unwrap(awaited.Operation);
            if (operation is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: IOperation configured })
            {
                operation = Operations.Unwrap(configured);
            }

            return operation is IInvocationOperation call && _symbols.IsInCompilation(call.TargetMethod) && call.TargetMethod.IsAsync ? call : null;
        }

        private void CreateByCall(IInvocationOperation call, SocketKey key, ITypeSymbol? type, string text, List<SocketEvent> events)
        {
            var socket = _keys.Track(key, type);
            if (_symbols.CallOf(call.TargetMethod) == SocketCall.BoundTcpClientCreate)
            {
                var endPoint = Operations.ArgumentAt(call, 0);
                events.Add(SocketEvent.Create(socket, SocketKind.Tcp, call));
                events.Add(SocketEvent.Bind(socket, BindSite.Direct(call, BindForm.Deferred, EndPointOf(endPoint), text, throughTcpClient: true)));
                return;
            }

            if (_symbols.CallOf(call.TargetMethod) == SocketCall.ListedBoundSocketFactory)
            {
                // A library's factory the configuration lists: a new TCP socket, bound inside it to the endpoint it is given.
                var endPoint = _symbols.BoundEndPointOf(call);
                var throughTcpClient = _symbols.IsTcpClient(type);
                events.Add(SocketEvent.Create(socket, SocketKind.Tcp, call));
                events.Add(SocketEvent.Bind(socket, BindSite.Direct(call, BindForm.ListedMethodBinds, EndPointOf(endPoint), text, throughTcpClient)));
                return;
            }

            events.Add(SocketEvent.Forget(key, call));
            if ((DispatchedSummaryOf(call.TargetMethod, SocketKeys.IsCallOnThis(call)) ?? SummaryOf(call.TargetMethod))?.Returned is RootEffect returned)
            {
                // The call's other effects were read with the call itself; the socket it returns lands here.
                Apply(returned, socket, call, call.Arguments, BindForm.HelperReturnsBoundSocket, text, localFunction: null, events);
            }
        }

        private bool IsAssignedValue(IOperation creation)
        {
            if (_returnedValues.Contains(creation))
            {
                return true;
            }

            var node = creation;
            while (node.Parent is IConversionOperation conversion)
            {
                node = conversion;
            }

            return node.Parent switch
            {
                ISimpleAssignmentOperation assignment => ReferenceEquals(assignment.Value, node),
                IVariableInitializerOperation => true,
                IFlowCaptureOperation capture => _definitions.IsBranchCapture(capture.Id),
                _ => false,
            };
        }

        // Conversions and captures taken once are looked through, to the value they carry.
        private IOperation Resolve(IOperation value)
        {
            var operation = Operations.Unwrap(value);
            for (var depth = 0; depth < 8 && operation is IFlowCaptureReferenceOperation capture && !_definitions.IsBranchCapture(capture.Id); depth++)
            {
                if (_definitions.ValueOf(capture) is not IOperation captured)
                {
                    break;
                }

                operation = Operations.Unwrap(captured);
            }

            return operation;
        }

        // What is known of the endpoint a bind is given; nothing when the call passes none that can be read.
        private EndPointFacts EndPointOf(IOperation? endPoint) => endPoint is null ? EndPointFacts.Unknown : EndPoints.Classify(_symbols, endPoint, _definitions.ValueOf);
    }
}
