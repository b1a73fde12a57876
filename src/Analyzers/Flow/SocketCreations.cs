using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Reads what a <c>new Socket(...)</c> makes.</summary>
    internal static class SocketCreations
    {
        private const long AddressFamilyInterNetwork = 2;
        private const long AddressFamilyInterNetworkV6 = 23;
        private const long SocketTypeStream = 1;
        private const long ProtocolTypeUnspecified = 0;
        private const long ProtocolTypeTcp = 6;

        /// <summary>
        /// TCP when the creation says so; NotTcp for UDP, raw, Unix-domain; Unknown when it cannot tell. An argument
        /// that is a parameter is read through <paramref name="argumentOf"/>, the caller's argument, when a helper or a
        /// wrapper's constructor makes the socket: there a stream socket over IP with a protocol that is not a constant
        /// counts as TCP, since the caller asked for a stream.
        /// </summary>
        public static SocketKind Classify(IObjectCreationOperation creation, Func<IParameterSymbol, IOperation?>? argumentOf = null)
        {
            IOperation? addressFamily = null;
            IOperation? socketType = null;
            IOperation? protocolType = null;
            var hasAddressFamily = false;
            foreach (var argument in creation.Arguments)
            {
                var value = Substitute(argument.Value, argumentOf);
                switch (argument.Parameter?.Type.Name)
                {
                    case "AddressFamily":
                        hasAddressFamily = true;
                        addressFamily = value;
                        break;
                    case "SocketType":
                        socketType = value;
                        break;
                    case "ProtocolType":
                        protocolType = value;
                        break;
                }
            }

            if (socketType is null || protocolType is null)
            {
                // Socket(SafeSocketHandle) and Socket(SocketInformation): what they hold is not visible.
                return SocketKind.Unknown;
            }

            // Socket(SocketType, ProtocolType) is a dual-mode IPv6 socket.
            var family = hasAddressFamily ? Operations.Constant(addressFamily) : AddressFamilyInterNetworkV6;
            var type = Operations.Constant(socketType);
            var protocol = Operations.Constant(protocolType);
            if (type is null)
            {
                return SocketKind.Unknown;
            }

            if (type != SocketTypeStream || (family is not null && family != AddressFamilyInterNetwork && family != AddressFamilyInterNetworkV6))
            {
                return SocketKind.NotTcp;
            }

            var overIp = family is AddressFamilyInterNetwork or AddressFamilyInterNetworkV6;
            if (protocol == ProtocolTypeTcp || (protocol == ProtocolTypeUnspecified && overIp))
            {
                // A stream socket with the default protocol is TCP on IPv4 and IPv6, not on Unix-domain.
                return SocketKind.Tcp;
            }

            if (protocol is null && overIp && argumentOf is not null)
            {
                return SocketKind.Tcp;
            }

            return protocol is null ? SocketKind.Unknown : SocketKind.NotTcp;
        }

        private static IOperation Substitute(IOperation value, Func<IParameterSymbol, IOperation?>? argumentOf)
        {
            var unwrapped = Operations.Unwrap(value);
            return argumentOf is not null && unwrapped is IParameterReferenceOperation parameter && argumentOf(parameter.Parameter) is IOperation argument
                ? argument
                : value;
        }
    }
}
