using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers
{
    /// <summary>
    /// The values a member gives one of its locals: its initializer and plain assignments, in lambdas and local
    /// functions too. The one place a local's values are traced: a bound endpoint's port, what a BindIPEndPointDelegate
    /// returns, and the audit's trace back to public members.
    /// </summary>
    internal sealed class LocalValues
    {
        private LocalValues(IReadOnlyList<IOperation> values, bool writtenOtherwise)
        {
            Values = values;
            WrittenOtherwise = writtenOtherwise;
        }

        /// <summary>Every value assigned, in the order written.</summary>
        public IReadOnlyList<IOperation> Values { get; }

        /// <summary>The local is also written some other way (ref, out, compound, deconstruction, pattern): <see cref="Values"/> are not all it holds.</summary>
        public bool WrittenOtherwise { get; }

        /// <summary>The one value the local holds wherever it is read; null when it has none, several, or is written otherwise.</summary>
        public IOperation? Single => !WrittenOtherwise && Values.Count == 1 ? Values[0] : null;

        /// <summary>The values of the local <paramref name="reference"/> reads, from the whole operation tree holding it.</summary>
        public static LocalValues Of(ILocalReferenceOperation reference) => Of(reference.Local, Flow.Operations.Root(reference));

        /// <summary>The values <paramref name="root"/> gives <paramref name="local"/>.</summary>
        public static LocalValues Of(ILocalSymbol local, IOperation root)
        {
            var values = new List<IOperation>();
            var writtenOtherwise = false;
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        values.Add(initializer.Value);
                        break;
                    case IDeclarationPatternOperation pattern when SymbolEqualityComparer.Default.Equals(pattern.DeclaredSymbol, local):
                        writtenOtherwise = true;
                        break;
                    case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local):
                        if (use.Parent is ISimpleAssignmentOperation { IsRef: false } assignment && assignment.Target == use)
                        {
                            values.Add(assignment.Value);
                        }
                        else
                        {
                            writtenOtherwise |= IsOtherWrite(use);
                        }

                        break;
                }
            }

            return new LocalValues(values, writtenOtherwise);
        }

        private static bool IsOtherWrite(ILocalReferenceOperation use) => use.Parent switch
        {
            ISimpleAssignmentOperation assignment => assignment.Target == use,
            ICompoundAssignmentOperation compound => compound.Target == use,
            ICoalesceAssignmentOperation coalesce => coalesce.Target == use,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            IDeclarationExpressionOperation or ITupleOperation => true,
            _ => false,
        };
    }
}
