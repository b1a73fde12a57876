using System.Collections.Generic;
using System.Linq;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
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

        private readonly ValueSources _sources;
        private readonly HashSet<(string Path, int Start, int Length)> _visited = new();
        private readonly Dictionary<string, EntryPoint> _entries = new();

        public EndPointTracer(Compilation compilation, CallerIndex callers, IReadOnlyDictionary<string, SyntaxTree> trees, string assemblyName)
        {
            _sources = new ValueSources(compilation, callers, trees, assemblyName);
        }

        /// <summary>Top-level types of the assembly the trace reached and could not read: decompile them and trace again.</summary>
        public HashSet<string> Wanted => _sources.Wanted;

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
                    foreach (var value in LocalValues.Of(local).Values)
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
                case IInvocationOperation call when _sources.Belongs(call.TargetMethod):
                    foreach (var value in _sources.ReturnedValues(call.TargetMethod))
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
                foreach (var call in _sources.CallsTo(target))
                {
                    Visit(call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == parameter.Ordinal)?.Value, steps + 1);
                }
            }
        }

        private void FromMember(ISymbol member, int steps)
        {
            if (!_sources.Belongs(member))
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
                foreach (var value in _sources.ReturnedValues(getter))
                {
                    Visit(value, steps + 1);
                }
            }

            foreach (var value in _sources.StoredValues(member))
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

        private void Add(EntryPoint entry)
        {
            var key = entry.ToString();
            if (!_entries.TryGetValue(key, out var known) || known.Steps > entry.Steps)
            {
                _entries[key] = entry;
            }
        }

   }
}
