using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>How a SetSocketOption or SetRawSocketOption call bears on port deferral.</summary>
    internal enum OptionCall
    {
        /// <summary>Some other option.</summary>
        Unrelated,

        /// <summary>IP_BIND_ADDRESS_NO_PORT through SetRawSocketOption(0, 24, ...), or SO_REUSE_UNICASTPORT on Windows.</summary>
        Defers,

        /// <summary>SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, ...): throws on Linux, BNP003's business.</summary>
        WrongWay,
    }

    /// <summary>Reads which option a SetSocketOption or SetRawSocketOption call sets.</summary>
    internal static class OptionCalls
    {
        public static OptionCall ClassifyRaw(IInvocationOperation invocation) =>
            Operations.Constant(Operations.ArgumentAt(invocation, 0)) == SocketOptionNumbers.LevelIP
                && Operations.Constant(Operations.ArgumentAt(invocation, 1)) == SocketOptionNumbers.BindAddressNoPort
                ? OptionCall.Defers
                : OptionCall.Unrelated;

        public static OptionCall ClassifyManaged(IInvocationOperation invocation)
        {
            var level = Operations.Constant(Operations.ArgumentAt(invocation, 0));
            var name = Operations.Constant(Operations.ArgumentAt(invocation, 1));
            if (level == SocketOptionNumbers.LevelSocket && name == SocketOptionNumbers.ReuseUnicastPort)
            {
                return OptionCall.Defers;
            }

            return level == SocketOptionNumbers.LevelIP && name == SocketOptionNumbers.BindAddressNoPort ? OptionCall.WrongWay : OptionCall.Unrelated;
        }
    }
}
