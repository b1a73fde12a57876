using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using BindNoPort.Audit.Scanning;

namespace BindNoPort.Audit.Tracing
{
    /// <summary>
    /// Follows a bound endpoint back through the decompiled code to the public members it comes from: a parameter
    /// to the calls that pass it, a field or property to what is stored in it, a local to its assignments, a call to
    /// what the method returns. Code of the assembly that is not decompiled yet is asked for in
    /// <see cref="Wanted"/>, and the caller traces again once it is.
    /// </summary>
    internal sealed class EndPointTracer
    {
        public const int StepCap = 16;

        private readonly Compilation _compilation;
        private readonly CallerIndex _callers;
        private readonly IReadOnlyDictionary<string, SyntaxTree> _trees;
        private readonly string _assemblyName;
        private readonly HashSet<(string Path, int Start, int Length)> _visited = new();
        private readonly Dictionary<string, EntryPoint> _entries = new();

        public EndPointTracer(Compilation compilation, CallerIndex callers, IReadOnlyDictionary<string, SyntaxTree> trees, string assemblyName)
        {
            _compilation = compilation;
            _callers = callers;
            _trees = trees;
            _assemblyName = assemblyName;
        }

        /// <summary>Top-level types of the assembly the trace reached and could not read: decompile them and trace again.</summary>
        public HashSet<string> Wanted { get; } = new();

        public IReadOnlyCollection<EntryPoint> Entries => _entries.Values;

        public void Trace(IOperation endPoint) => Visit(endPoint, 0);

        private void Visit(IOperation? operation, int steps)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            if (operation is null || steps > StepCap || !_visited.Add((operation.Syntax.SyntaxTree.FilePath, operation.Syntax.SpanStart, operation.Syntax.Span.Length)))
            {
                return;
            }

            switch (operation)
            {
                case IParameterReferenceOperation parameter:
                    FromParameter(parameter.Parameter, steps);
                    break;
                case IPropertyReferenceOperation property:
                    FromMember(property.Property, steps);
                    break;
                case IFieldReferenceOperation field:
                    FromMember(field.Field, steps);
                    break;
                case ILocalReferenceOperation local:
                    foreach (var value in AssignedValues(operation, local.Local))
                    {
                        Visit(value, steps + 1);
                    }

                    break;
                case IConditionalOperation conditional:
                    Visit(conditional.WhenTrue, steps);
                    Visit(conditional.WhenFalse, steps);
                    break;
                case ICoalesceOperation coalesce:
                    Visit(coalesce.Value, steps);
                    Visit(coalesce.WhenNull, steps);
                    break;
                case IAwaitOperation awaited:
                    Visit(awaited.Operation, steps);
                    break;
                case IObjectCreationOperation creation:
                    // new IPEndPoint(address, port): where the address comes from is the way in.
                    foreach (var argument in creation.Arguments)
                    {
                        Visit(argument.Value, steps + 1);
                    }

                    break;
                case IInvocationOperation call when Belongs(call.TargetMethod):
                    foreach (var value in ReturnedValues(call.TargetMethod))
                    {
                        Visit(value, steps + 1);
                    }

                    break;
            }
        }

        private void FromParameter(IParameterSymbol parameter, int steps)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol method || method.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction)
            {
                return;
            }

            if (method.AssociatedSymbol is IPropertySymbol property && method.MethodKind == MethodKind.PropertySet)
            {
                FromMember(property, steps);
                return;
            }

            if (SymbolNames.IsPublicApi(method))
            {
                Add(new EntryPoint(EntryKind.Parameter, method.ToDisplayString(SymbolNames.Member), parameter.Name, steps));
            }

            foreach (var target in DispatchTargets(method))
            {
                foreach (var call in CallsTo(target))
                {
                    Visit(call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == parameter.Ordinal)?.Value, steps + 1);
                }
            }
        }

        private void FromMember(ISymbol member, int steps)
        {
            if (!Belongs(member))
            {
                return;
            }

            var settable = member switch
            {
                IPropertySymbol property => property.SetMethod is { } setter && SymbolNames.IsPublicApi(setter),
                IFieldSymbol field => !field.IsReadOnly && !field.IsConst,
                _ => false,
            };
            if (settable && SymbolNames.IsPublicApi(member))
            {
                Add(new EntryPoint(member is IPropertySymbol ? EntryKind.Property : EntryKind.Field, member.ToDisplayString(SymbolNames.Member), null, steps));
                return;
            }

            if (member is IPropertySymbol { GetMethod: { } getter })
            {
                foreach (var value in ReturnedValues(getter))
                {
                    Visit(value, steps + 1);
                }
            }

            foreach (var value in StoredValues(member))
            {
                Visit(value, steps + 1);
            }
        }

        // A call of an override or an interface implementation names the base method or the interface's.
        private static IEnumerable<IMethodSymbol> DispatchTargets(IMethodSymbol method)
        {
            yield return method.OriginalDefinition;
            for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                yield return overridden.OriginalDefinition;
            }

            foreach (var contract in method.ContainingType.AllInterfaces.SelectMany(type => type.GetMembers(method.Name)).OfType<IMethodSymbol>())
            {
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(contract)?.OriginalDefinition, method.OriginalDefinition))
                {
                    yield return contract.OriginalDefinition;
                }
            }
        }

        private IEnumerable<IInvocationOperation> CallsTo(IMethodSymbol target)
        {
            if (!Belongs(target))
            {
                yield break;
            }

            var typeName = SymbolNames.MetadataName(target.ContainingType);
            foreach (var (tree, model) in ReadableTrees(_callers.TypesNaming(typeName, target.MetadataName)))
            {
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    var candidate = node switch
                    {
                        InvocationExpressionSyntax invocation when NameOf(invocation.Expression) == target.Name => model.GetOperation(node),
                        ConstructorInitializerSyntax when target.MethodKind == MethodKind.Constructor => model.GetOperation(node),
                        _ => null,
                    };
                    if (Unwrap(candidate) is IInvocationOperation call && SameMethod(call.TargetMethod, target))
                    {
                        yield return call;
                    }
                }
            }
        }

        private IEnumerable<IOperation> StoredValues(ISymbol member)
        {
            var type = member.ContainingType;
            var typeName = SymbolNames.MetadataName(type);
            var writerTypes = new List<string> { SymbolNames.MetadataName(SymbolNames.TopLevel(type)) };
            writerTypes.AddRange(_callers.TypesNaming(typeName, member is IPropertySymbol ? "set_" + member.Name : member.Name));
            writerTypes.AddRange(_callers.TypesNaming(typeName, "<" + member.Name + ">k__BackingField"));
            foreach (var (tree, model) in ReadableTrees(writerTypes.Distinct()))
            {
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax assignment && NameOf(assignment.Left) == member.Name
                        && model.GetOperation(node) is IAssignmentOperation { Target: IMemberReferenceOperation target } stored
                        && SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member.OriginalDefinition))
                    {
                        yield return stored.Value;
                    }
                    else if (node is VariableDeclaratorSyntax { Initializer: { } initializer } declarator && declarator.Identifier.ValueText == member.Name
                        && model.GetDeclaredSymbol(node) is { } declared && SymbolEqualityComparer.Default.Equals(declared.OriginalDefinition, member.OriginalDefinition)
                        && model.GetOperation(initializer) is IFieldInitializerOperation fieldInitializer)
                    {
                        yield return fieldInitializer.Value;
                    }
                    else if (node is PropertyDeclarationSyntax { Initializer: { } propertyInitializer } declaration && declaration.Identifier.ValueText == member.Name
                        && model.GetOperation(propertyInitializer) is IPropertyInitializerOperation initialized)
                    {
                        yield return initialized.Value;
                    }
                }
            }
        }

        private IEnumerable<IOperation> ReturnedValues(IMethodSymbol method)
        {
            if (!Belongs(method))
            {
                return Enumerable.Empty<IOperation>();
            }

            var source = method.OriginalDefinition;
            if (source.DeclaringSyntaxReferences.IsEmpty)
            {
                // In the assembly but not decompiled yet.
                Wanted.Add(SymbolNames.MetadataName(SymbolNames.TopLevel(source.ContainingType)));
                return Enumerable.Empty<IOperation>();
            }

            var values = new List<IOperation>();
            foreach (var reference in source.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
                var body = syntax switch
                {
                    BaseMethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
                    AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody,
                    ArrowExpressionClauseSyntax arrow => arrow,
                    _ => null,
                };
                if (body is ArrowExpressionClauseSyntax expression)
                {
                    if (model.GetOperation(expression.Expression) is { } value)
                    {
                        values.Add(value);
                    }

                    continue;
                }

                if (body is not null && model.GetOperation(body) is { } operation)
                {
                    values.AddRange(operation.Descendants().OfType<IReturnOperation>().Select(returned => returned.ReturnedValue).OfType<IOperation>()
                        .Where(value => !IsInNestedFunction(value, operation)));
                }
            }

            return values;
        }

        private static IEnumerable<IOperation> AssignedValues(IOperation use, ILocalSymbol local)
        {
            var body = use;
            while (body.Parent is not null)
            {
                body = body.Parent;
            }

            foreach (var operation in body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        yield return initializer.Value;
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        yield return assignment.Value;
                        break;
                }
            }
        }

        private IEnumerable<(SyntaxTree Tree, SemanticModel Model)> ReadableTrees(IEnumerable<string> typeNames)
        {
            foreach (var typeName in typeNames.Distinct())
            {
                if (_trees.TryGetValue(typeName, out var tree))
                {
                    yield return (tree, _compilation.GetSemanticModel(tree));
                }
                else
                {
                    Wanted.Add(typeName);
                }
            }
        }

        private bool Belongs(ISymbol symbol) =>
            SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly) || symbol.ContainingAssembly?.Name == _assemblyName;

        private void Add(EntryPoint entry)
        {
            var key = entry.ToString();
            if (!_entries.TryGetValue(key, out var known) || known.Steps > entry.Steps)
            {
                _entries[key] = entry;
            }
        }

        private static bool SameMethod(IMethodSymbol call, IMethodSymbol target)
        {
            var definition = call.OriginalDefinition;
            return definition.MetadataName == target.MetadataName
                && definition.Parameters.Length == target.Parameters.Length
                && SymbolNames.MetadataName(definition.ContainingType) == SymbolNames.MetadataName(target.ContainingType);
        }

        private static bool IsInNestedFunction(IOperation operation, IOperation root)
        {
            for (var current = operation.Parent; current is not null && current != root; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static IOperation? Unwrap(IOperation? operation) => operation is IExpressionStatementOperation statement ? statement.Operation : operation;

        private static string? NameOf(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };
    }
}
