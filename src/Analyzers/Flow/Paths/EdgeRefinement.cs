using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// What a conditional branch says about the sockets below it: where the Linux check was false, or an endpoint's
    /// port was found not 0, no socket needs the option (CA1416-style guard); where a socket was found null
    /// (<c>socket?.SetRawSocketOption(...)</c>), nothing below binds it.
    /// </summary>
    internal sealed class EdgeRefinement
    {
        private readonly RequiredSymbols _symbols;
        private readonly SocketKeys _keys;
        private readonly GraphDefinitions _definitions;

        public EdgeRefinement(RequiredSymbols symbols, SocketKeys keys, GraphDefinitions definitions)
        {
            _symbols = symbols;
            _keys = keys;
            _definitions = definitions;
        }

        public FlowState OnEdge(BasicBlock source, bool isConditionalSuccessor, FlowState state)
        {
            if (source.ConditionKind == ControlFlowConditionKind.None || source.BranchValue is null)
            {
                return state;
            }

            var conditionValue = isConditionalSuccessor
                ? source.ConditionKind == ControlFlowConditionKind.WhenTrue
                : source.ConditionKind == ControlFlowConditionKind.WhenFalse;
            if (source.BranchValue is IIsNullOperation nullCheck)
            {
                return conditionValue && _keys.SocketKeyOf(nullCheck.Operand) is SocketKey nullSocket
                    ? state.With(nullSocket, state.Get(nullSocket).WithDeferred())
                    : state;
            }

            if (PortChecks.IsPortCheck(_symbols, source.BranchValue, _definitions.ValueOf, out var trueMeansNonZero))
            {
                return conditionValue == trueMeansNonZero ? state.OnOptionNotNeededEdge() : state;
            }

            if (!LinuxChecks.IsLinuxCheck(_symbols, source.BranchValue, _definitions.ValueOf, out var negated))
            {
                return state;
            }

            var isLinux = negated ? !conditionValue : conditionValue;
            return isLinux ? state : state.OnOptionNotNeededEdge();
        }
    }
}
