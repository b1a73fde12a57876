using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// What the members of a type chain do to one member socket (<see cref="MemberFacts"/>), read code block by code
    /// block without flow. Only the code that names the member can use it, and the constructors that hand it down.
    /// </summary>
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

        private readonly CancellationToken _cancellationToken;

        private MemberUses(FlowEnvironment environment, ISymbol member, TypeChain chain, CancellationToken cancellationToken)
        {
            _environment = environment;
            _symbols = environment.Symbols;
            _member = member;
            _kinds = new AssignedKinds(environment, chain, cancellationToken);
            _cancellationToken = cancellationToken;
        }

        /// <summary>What the code of <paramref name="viewType"/> and the base types it inherits <paramref name="member"/> from does to it.</summary>
        public static MemberFacts Read(FlowEnvironment environment, ISymbol member, INamedTypeSymbol viewType, CancellationToken cancellationToken)
        {
            if (IsSetFromOutside(member))
            {
                return MemberFacts.Unknown;
            }

            var chain = TypeChain.For(member, viewType);
            var uses = new MemberUses(environment, member, chain, cancellationToken);
            foreach (var block in BlocksNaming(environment, member, chain, cancellationToken))
            {
                uses.Collect(block);
            }

            return new MemberFacts(uses._kind ?? SocketKind.Unknown, uses._deferred, uses._listened, uses._connects.ToImmutableArray());
        }

        // Only the code that names the member can use it: the rest is never bound again. An initializer names its member
        // in the declaration around it.
        private static IEnumerable<IOperation> BlocksNaming(FlowEnvironment environment, ISymbol member, TypeChain chain, CancellationToken cancellationToken)
        {
            foreach (var type in chain.Types)
            {
                foreach (var node in TypeChain.CodeBlocksOf(type, cancellationToken))
                {
                    var named = node is EqualsValueClauseSyntax { Parent: { } declaration } ? declaration : node;
                    if (environment.Mentions.Names(named, member.Name, cancellationToken)
                        && environment.ModelFor(node.SyntaxTree).GetOperation(node, cancellationToken) is IOperation block)
                    {
                        yield return block;
                    }
                }
            }
        }

        // Code outside the chain can give a settable public or internal member any socket.
        private static bool IsSetFromOutside(ISymbol member) => member switch
        {
            IFieldSymbol field => !field.IsReadOnly && !field.IsConst && field.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal,
            IPropertySymbol { SetMethod: { } setter } => setter.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal,
            _ => false,
        };

        private void Collect(IOperation block)
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
                    Called(invocation, use);
                    return;
                case IConditionalAccessOperation access when ReferenceEquals(access.Operation, parent) && access.WhenNotNull is IInvocationOperation invocation:
                    Called(invocation, use);
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

        // The member socket is the call's receiver.
        private void Called(IInvocationOperation invocation, BlockUse use)
        {
            switch (CallEffects.Of(invocation.TargetMethod, invocation, _environment, _environment.DeferringMethodsFor(invocation.Syntax.SyntaxTree)))
            {
                case CallEffect.Connects:
                    use.Connects.Add(new ConnectRecord(invocation, ConnectTargets.Of(invocation)));
                    break;
                case CallEffect.Listens:
                    _listened = true;
                    break;
                case CallEffect.Binds:
                    use.Binds = true;
                    break;
                case CallEffect.Defers or CallEffect.DefersTheWrongWay:
                    use.Defers = true;
                    break;
            }
        }

        // The member socket is handed to the call as an argument.
        private void HandedOn(IArgumentOperation argument, BlockUse use)
        {
            var (method, invocation) = argument.Parent switch
            {
                IInvocationOperation call => (call.TargetMethod, call),
                IObjectCreationOperation creation => (creation.Constructor, null),
                _ => (null, null),
            };
            if (method is null || argument.Parameter is null)
            {
                use.Defers = true;
                return;
            }

            switch (CallEffects.Of(method, invocation, _environment, _environment.DeferringMethodsFor(argument.Syntax.SyntaxTree)))
            {
                case CallEffect.Defers or CallEffect.DefersTheWrongWay or CallEffect.RunsOtherCode or CallEffect.RunsOwnCodeNotSeen:
                    use.Defers = true;
                    return;
                case CallEffect.Binds or CallEffect.BindsDeferred:
                    use.Binds = true;
                    return;
                case CallEffect.Connects when invocation is not null:
                    use.Connects.Add(new ConnectRecord(invocation, ConnectTargets.Of(invocation)));
                    return;
                case CallEffect.Listens:
                    _listened = true;
                    return;
                case CallEffect.Summarized:
                    break;
                default:
                    return;
            }

            var summary = _environment.Facts.SummaryOf(method, _cancellationToken);
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
