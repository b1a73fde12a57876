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
            value = Flow.Operations.Unwrap(value);
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
                    var assigned = LocalValues.Of(local);
                    var worst = assigned.WrittenOtherwise || assigned.Values.Count == 0
                        ? new ReturnedEndPoint(ReturnedPort.Unknown, value.Syntax)
                        : assigned.Values.Select(assignment => Classify(assignment, symbols, visiting)).Aggregate(ReturnedEndPoint.Worse);
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
            value = Flow.Operations.Unwrap(value);
            switch (value)
            {
                case { ConstantValue: { HasValue: true, Value: int constant } }:
                    return new List<int> { constant };
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return Union(IntValues(conditional.WhenTrue, visiting), IntValues(whenFalse, visiting));
                case ILocalReferenceOperation local when visiting.Add(local.Local):
                    var assigned = LocalValues.Of(local);
                    var values = assigned.WrittenOtherwise || assigned.Values.Count == 0
                        ? null
                        : assigned.Values.Select(assignment => IntValues(assignment, visiting)).Aggregate(Union);
                    visiting.Remove(local.Local);
                    return values;
                default:
                    return null;
            }
        }

        private static List<int>? Union(List<int>? first, List<int>? second) =>
            first is null || second is null ? null : first.Concat(second).ToList();

    }
}
