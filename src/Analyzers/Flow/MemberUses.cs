using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Collects, code block by code block, what the members of a type chain do to one member socket.</summary>
    internal sealed class MemberUses
    {
        private readonly FlowEnvironment _environment;
        private readonly RequiredSymbols _symbols;
        private readonly ISymbol _member;
        private readonly AssignedKinds _kinds;
        private readonly List<ConnectRecord> _connects = new List<ConnectRecord>();
        private SocketKind? _kind;
        private bool _deferred;
        private bool _listened;

        public MemberUses(FlowEnvironment environment, ISymbol member, TypeChain chain)
        {
            _environment = environment;
            _symbols = environment.Symbols;
            _member = member;
            _kinds = new AssignedKinds(environment, chain);
        }

        public MemberFacts ToFacts() => new MemberFacts(_kind ?? SocketKind.Unknown, _deferred, _listened, _connects.ToImmutableArray());

        /// <summary>Reads one code block.</summary>
        public void Collect(IOperation block)
        {
            var use = new BlockUse();
            var givenParameters = GivenParameters(block);
            foreach (var operation in block.DescendantsAndSelf())
            {
                if (operation is IParameterReferenceOperation parameter && givenParameters.Contains(parameter.Parameter) && !IsAssignedToMember(parameter))
                {
                    // A constructor's parameter it gives the member: what the constructor does to it, it does to the member.
                    Use(parameter, use);
                    continue;
                }

                switch (operation)
                {
                    case IFieldInitializerOperation initializer when initializer.InitializedFields.Contains(_member as IFieldSymbol, SymbolEqualityComparer.Default):
                        Assigned(initializer.Value);
                        break;
                    case IPropertyInitializerOperation initializer when initializer.InitializedProperties.Contains(_member as IPropertySymbol, SymbolEqualityComparer.Default):
                        Assigned(initializer.Value);
                        break;
                    case IMemberReferenceOperation reference when IsOwnMember(reference):
                        Use(reference, use);
                        break;
                    case IInvocationOperation invocation when _symbols.CallOf(invocation.TargetMethod) is SocketCall.SetRawSocketOption or SocketCall.SetSocketOption or SocketCall.DeferPortToConnect:
                        use.SetsAnOption = true;
                        break;
                }
            }

            // A member that binds the socket itself decides by its own flow whether its option comes first.
            _deferred |= !use.Binds && (use.Defers || (use.Copies && use.SetsAnOption));

            // A member that makes the socket anew and connects it without binding connects a socket nobody else bound.
            if (!(use.Assigns && !use.Binds))
            {
                _connects.AddRange(use.Connects);
            }
        }

        private HashSet<IParameterSymbol> GivenParameters(IOperation block)
        {
            var given = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            foreach (var assignment in block.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>())
            {
                if (assignment.Target is IMemberReferenceOperation target && IsOwnMember(target) && Operations.Unwrap(assignment.Value) is IParameterReferenceOperation parameter)
                {
                    given.Add(parameter.Parameter);
                }
            }

            return given;
        }

        private bool IsAssignedToMember(IParameterReferenceOperation parameter) =>
            Outer(parameter).Parent is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } && IsOwnMember(target);

        private bool IsOwnMember(IMemberReferenceOperation reference) =>
            SymbolEqualityComparer.Default.Equals(reference.Member.OriginalDefinition, _member.OriginalDefinition)
            && (reference.Member.IsStatic || reference.Instance is null || SocketKeys.IsThis(reference.Instance));

        private void Assigned(IOperation value)
        {
            if (_kinds.Of(value) is ValueFacts facts)
            {
                _kind = _kind is null || _kind == facts.Kind ? facts.Kind : SocketKind.Unknown;
                _deferred |= facts.Deferred;
            }
        }

        private void Use(IOperation reference, BlockUse use)
        {
            var parent = Outer(reference);
            switch (parent.Parent)
            {
                case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Target, parent):
                    use.Assigns = true;
                    Assigned(assignment.Value);
                    return;
                case IPropertyReferenceOperation client when SymbolEqualityComparer.Default.Equals(client.Property, _symbols.TcpClientSocket):
                    Use(client, use);
                    return;
                case IInvocationOperation invocation when ReferenceEquals(invocation.Instance, parent):
                    Called(_symbols.CallOf(invocation.TargetMethod), invocation, use);
                    return;
                case IConditionalAccessOperation access when ReferenceEquals(access.Operation, parent) && access.WhenNotNull is IInvocationOperation invocation:
                    Called(_symbols.CallOf(invocation.TargetMethod), invocation, use);
                    return;
                case IArgumentOperation argument:
                    HandedOn(argument, use);
                    return;
                case IIsNullOperation or IBinaryOperation or IIsPatternOperation or IConditionalAccessOperation:
                    return;
                default:
                    // Read into a variable, returned, stored: followed no further.
                    use.Copies = true;
                    return;
            }
        }

        private void Called(SocketCall call, IInvocationOperation invocation, BlockUse use)
        {
            switch (call)
            {
                case SocketCall.Connect:
                    use.Connects.Add(new ConnectRecord(invocation, ConnectTargets.Of(invocation)));
                    break;
                case SocketCall.Server:
                    _listened = true;
                    break;
                case SocketCall.Bind:
                    use.Binds = true;
                    break;
                case SocketCall.SetRawSocketOption when OptionCalls.ClassifyRaw(invocation) == OptionCall.Defers:
                case SocketCall.SetSocketOption when OptionCalls.ClassifyManaged(invocation) != OptionCall.Unrelated:
                    use.Defers = true;
                    break;
            }
        }

        private void HandedOn(IArgumentOperation argument, BlockUse use)
        {
            var method = argument.Parent switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            if (method is null || argument.Parameter is null)
            {
                use.Defers = true;
                return;
            }

            switch (_symbols.CallOf(method))
            {
                case SocketCall.DeferPortToConnect:
                    use.Defers = true;
                    return;
                case SocketCall.BindForConnect:
                    use.Binds = true;
                    return;
                case SocketCall.Connect when argument.Parent is IInvocationOperation connect:
                    use.Connects.Add(new ConnectRecord(connect, ConnectTargets.Of(connect)));
                    return;
                case SocketCall.Server:
                    _listened = true;
                    return;
                case SocketCall.None:
                    break;
                default:
                    return;
            }

            if (!_symbols.IsInCompilation(method))
            {
                var dispatched = method.MethodKind == MethodKind.DelegateInvoke || method.IsVirtual || method.IsAbstract || method.ContainingType?.TypeKind == TypeKind.Interface;
                use.Defers |= dispatched || _environment.DeferringMethodsFor(argument.Syntax.SyntaxTree).Contains(method);
                return;
            }

            var summary = _environment.Summaries.Get(method, MethodSummaries.NestingCap);
            if (summary is null)
            {
                use.Defers = true;
                return;
            }

            foreach (var effect in summary.Effects.Where(effect => effect.Key.Root is IParameterSymbol parameter && parameter.Ordinal == argument.Parameter.Ordinal))
            {
                use.Defers |= effect.Exit.Deferred;
                use.Binds |= !effect.Exit.Binds.IsEmpty;
                _listened |= effect.Listens;
                use.Connects.AddRange(effect.Connects);
            }
        }

        private static IOperation Outer(IOperation operation)
        {
            while (operation.Parent is IConversionOperation conversion)
            {
                operation = conversion;
            }

            return operation;
        }

        private sealed class BlockUse
        {
            public bool Assigns { get; set; }

            public bool Binds { get; set; }

            public bool Defers { get; set; }

            public bool Copies { get; set; }

            public bool SetsAnOption { get; set; }

            public List<ConnectRecord> Connects { get; } = new List<ConnectRecord>();
        }
    }
}
