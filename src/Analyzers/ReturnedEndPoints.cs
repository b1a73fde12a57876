using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers
{
    /// <summary>What a returned endpoint's port can be, from harmless to worst.</summary>
    internal enum ReturnedPort
    {
        /// <summary>Null: HttpWebRequest then binds nothing.</summary>
        None,

        /// <summary>A constant non-zero port: reserved at bind all the same, but that is BNP005's reasoning, not this rule's.</summary>
        Fixed,

        /// <summary>A port the code does not show; it may be 0.</summary>
        Unknown,

        /// <summary>Port 0: an ephemeral port reserved at bind.</summary>
        Zero,
    }

    /// <summary>One value a delegate can return, and the code it comes from.</summary>
    internal readonly struct ReturnedEndPoint
    {
        public ReturnedEndPoint(ReturnedPort port, SyntaxNode? syntax)
        {
            Port = port;
            Syntax = syntax;
        }

        public ReturnedPort Port { get; }

        /// <summary>Where that value is made (the IPEndPoint creation, the field read); null when the code is not visible.</summary>
        public SyntaxNode? Syntax { get; }

        /// <summary>The worse of the two; on a tie the first, so the report points at the earliest code.</summary>
        public static ReturnedEndPoint Worse(ReturnedEndPoint first, ReturnedEndPoint second) => second.Port > first.Port ? second : first;
    }

    /// <summary>
    /// The worst endpoint a BindIPEndPointDelegate body can return. It reads each return (not those of
    /// nested lambdas and local functions), through conditionals, coalescing, switch expressions and
    /// the locals of the enclosing member, and takes a port as known only when it is a constant.
    /// </summary>
    internal static class ReturnedEndPoints
    {
        public static ReturnedEndPoint Worst(IOperation body, ServicePointSymbols symbols)
        {
            var worst = new ReturnedEndPoint(ReturnedPort.None, null);
            foreach (var returned in Returns(body))
            {
                worst = ReturnedEndPoint.Worse(worst, Classify(returned, symbols, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)));
            }

            return worst;
        }

        private static IEnumerable<IOperation> Returns(IOperation operation)
        {
            foreach (var child in operation.ChildOperations)
            {
                // A nested lambda or local function returns to its own caller, not to HttpWebRequest.
                if (child is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    continue;
                }

                if (child is IReturnOperation { ReturnedValue: { } value })
                {
                    yield return value;
                }

                foreach (var nested in Returns(child))
                {
                    yield return nested;
                }
            }
        }

        private static ReturnedEndPoint Classify(IOperation value, ServicePointSymbols symbols, HashSet<ILocalSymbol> visiting)
        {
            value = WithoutConversions(value);
            switch (value)
            {
                case { ConstantValue: { HasValue: true, Value: null } }:
                case IDefaultValueOperation:
                case IThrowOperation:
                    return new ReturnedEndPoint(ReturnedPort.None, value.Syntax);
                case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, symbols.IPEndPoint):
                    return new ReturnedEndPoint(PortOf(creation), creation.Syntax);
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return ReturnedEndPoint.Worse(Classify(conditional.WhenTrue, symbols, visiting), Classify(whenFalse, symbols, visiting));
                case ICoalesceOperation coalesce:
                    return ReturnedEndPoint.Worse(Classify(coalesce.Value, symbols, visiting), Classify(coalesce.WhenNull, symbols, visiting));
                case ISwitchExpressionOperation switchExpression:
                    return switchExpression.Arms
                        .Select(arm => Classify(arm.Value, symbols, visiting))
                        .Aggregate(new ReturnedEndPoint(ReturnedPort.None, null), ReturnedEndPoint.Worse);
                case ILocalReferenceOperation local when visiting.Add(local.Local):
                    var assigned = AssignedValues(local);
                    var worst = assigned is null || assigned.Count == 0
                        ? new ReturnedEndPoint(ReturnedPort.Unknown, value.Syntax)
                        : assigned.Select(assignment => Classify(assignment, symbols, visiting)).Aggregate(ReturnedEndPoint.Worse);
                    visiting.Remove(local.Local);
                    return worst;
                default:
                    return new ReturnedEndPoint(ReturnedPort.Unknown, value.Syntax);
            }
        }

        private static ReturnedPort PortOf(IObjectCreationOperation creation)
        {
            var port = creation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "port");
            if (port is null)
            {
                return ReturnedPort.Unknown;
            }

            var values = IntValues(port.Value, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));
            if (values is null)
            {
                return ReturnedPort.Unknown;
            }

            return values.Contains(0) ? ReturnedPort.Zero : ReturnedPort.Fixed;
        }

        // The constants an int expression can have, or null when one of them is not a constant.
        private static List<int>? IntValues(IOperation value, HashSet<ILocalSymbol> visiting)
        {
            value = WithoutConversions(value);
            switch (value)
            {
                case { ConstantValue: { HasValue: true, Value: int constant } }:
                    return new List<int> { constant };
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return Union(IntValues(conditional.WhenTrue, visiting), IntValues(whenFalse, visiting));
                case ILocalReferenceOperation local when visiting.Add(local.Local):
                    var assigned = AssignedValues(local);
                    var values = assigned is null || assigned.Count == 0
                        ? null
                        : assigned.Select(assignment => IntValues(assignment, visiting)).Aggregate(Union);
                    visiting.Remove(local.Local);
                    return values;
                default:
                    return null;
            }
        }

        private static List<int>? Union(List<int>? first, List<int>? second) =>
            first is null || second is null ? null : first.Concat(second).ToList();

        /// <summary>
        /// Every value the member that declares the local assigns to it (initializer and plain
        /// assignments, in lambdas too), or null when it is also written some other way (ref, out,
        /// compound, deconstruction, pattern), which this reading does not follow.
        /// </summary>
        private static List<IOperation>? AssignedValues(ILocalReferenceOperation reference)
        {
            var local = reference.Local;
            var values = new List<IOperation>();
            foreach (var operation in Root(reference).Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        if (declarator.Initializer is { } initializer)
                        {
                            values.Add(initializer.Value);
                        }

                        break;
                    case IDeclarationPatternOperation pattern when SymbolEqualityComparer.Default.Equals(pattern.DeclaredSymbol, local):
                        return null;
                    case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local):
                        if (use.Parent is ISimpleAssignmentOperation { IsRef: false } assignment && assignment.Target == use)
                        {
                            values.Add(assignment.Value);
                        }
                        else if (IsOtherWrite(use))
                        {
                            return null;
                        }

                        break;
                }
            }

            return values;
        }

        private static bool IsOtherWrite(ILocalReferenceOperation use)
        {
            return use.Parent switch
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

        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }

        private static IOperation WithoutConversions(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }
    }
}
