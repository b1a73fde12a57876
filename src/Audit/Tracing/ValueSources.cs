using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using BindNoPort.Audit.Scanning;

namespace BindNoPort.Audit.Tracing
{
    /// <summary>
    /// Where values come from in the decompiled code of one assembly: the calls of a method, what is stored in a
    /// field or property, what a method returns, what a local is assigned. Code of the assembly that is not
    /// decompiled yet is added to <see cref="Wanted"/> instead.
    /// </summary>
    internal sealed class ValueSources
    {
        private readonly Compilation _compilation;
        private readonly CallerIndex _callers;
        private readonly IReadOnlyDictionary<string, SyntaxTree> _trees;
        private readonly string _assemblyName;

        public ValueSources(Compilation compilation, CallerIndex callers, IReadOnlyDictionary<string, SyntaxTree> trees, string assemblyName)
        {
            _compilation = compilation;
            _callers = callers;
            _trees = trees;
            _assemblyName = assemblyName;
        }

        /// <summary>Top-level types of the assembly that were asked for and are not decompiled.</summary>
        public HashSet<string> Wanted { get; } = new();

        public IEnumerable<IInvocationOperation> CallsTo(IMethodSymbol target)
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

        public IEnumerable<IOperation> StoredValues(ISymbol member)
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

        public IEnumerable<IOperation> ReturnedValues(IMethodSymbol method)
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

        public bool Belongs(ISymbol symbol) =>
            SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _compilation.Assembly) || symbol.ContainingAssembly?.Name == _assemblyName;

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
