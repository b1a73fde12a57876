using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The destination of a connect call as written, for the message.</summary>
    internal static class ConnectTargets
    {
        public static string Of(IInvocationOperation connect)
        {
            // SocketTaskExtensions.ConnectAsync(socket, ...) takes the socket first.
            var offset = connect.TargetMethod.IsStatic ? 1 : 0;
            var first = Operations.ArgumentAt(connect, offset);
            if (first is null)
            {
                return "?";
            }

            var text = new StringBuilder(first.Syntax.ToString());
            var second = Operations.ArgumentAt(connect, offset + 1);
            if (second is not null && second.Type?.SpecialType == SpecialType.System_Int32 && !second.IsImplicit)
            {
                text.Append(':').Append(second.Syntax.ToString());
            }

            return text.ToString();
        }
    }
}
