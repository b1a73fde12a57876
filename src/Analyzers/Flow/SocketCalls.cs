using System;
using System.Text;
using Microsoft.CodeAnalysis;
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

    /// <summary>Reads socket creations, endpoints, option calls and OS checks from operations.</summary>
    internal static class SocketCalls
    {
        private const long AddressFamilyInterNetwork = 2;
        private const long AddressFamilyInterNetworkV6 = 23;
        private const long SocketTypeStream = 1;
        private const long ProtocolTypeUnspecified = 0;
        private const long ProtocolTypeTcp = 6;
        private const long SolIp = 0;
        private const long IpBindAddressNoPort = 24;
        private const long SocketOptionLevelSocket = 0xffff;
        private const long SocketOptionNameReuseUnicastPort = 0x3007;

        public static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        public static long? Constant(IOperation? operation)
        {
            if (operation is null)
            {
                return null;
            }

            var constant = operation.ConstantValue;
            if (!constant.HasValue)
            {
                return null;
            }

            return constant.Value switch
            {
                int value => value,
                long value => value,
                short value => value,
                ushort value => value,
                byte value => value,
                sbyte value => value,
                uint value => value,
                _ => null,
            };
        }

        public static IOperation? ArgumentAt(IInvocationOperation invocation, int ordinal) => ArgumentAt(invocation.Arguments, ordinal);

        public static IOperation? ArgumentAt(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is not null && argument.Parameter.Ordinal == ordinal)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>TCP when the creation says so; NotTcp for UDP, raw, Unix-domain; Unknown when it cannot tell.</summary>
        public static SocketKind ClassifySocketCreation(IObjectCreationOperation creation)
        {
            IOperation? addressFamily = null;
            IOperation? socketType = null;
            IOperation? protocolType = null;
            var hasAddressFamily = false;
            foreach (var argument in creation.Arguments)
            {
                switch (argument.Parameter?.Type.Name)
                {
                    case "AddressFamily":
                        hasAddressFamily = true;
                        addressFamily = argument.Value;
                        break;
                    case "SocketType":
                        socketType = argument.Value;
                        break;
                    case "ProtocolType":
                        protocolType = argument.Value;
                        break;
                }
            }

            if (socketType is null || protocolType is null)
            {
                // Socket(SafeSocketHandle) and Socket(SocketInformation): what they hold is not visible.
                return SocketKind.Unknown;
            }

            // Socket(SocketType, ProtocolType) is a dual-mode IPv6 socket.
            var family = hasAddressFamily ? Constant(addressFamily) : AddressFamilyInterNetworkV6;
            var type = Constant(socketType);
            var protocol = Constant(protocolType);
            if (type is null)
            {
                return SocketKind.Unknown;
            }

            if (type != SocketTypeStream
                || (family is not null && family != AddressFamilyInterNetwork && family != AddressFamilyInterNetworkV6))
            {
                return SocketKind.NotTcp;
            }

            if (protocol == ProtocolTypeTcp)
            {
                return SocketKind.Tcp;
            }

            if (protocol == ProtocolTypeUnspecified)
            {
                // A stream socket with the default protocol is TCP on IPv4 and IPv6, not on Unix-domain.
                return family is AddressFamilyInterNetwork or AddressFamilyInterNetworkV6 ? SocketKind.Tcp : SocketKind.Unknown;
            }

            return protocol is null ? SocketKind.Unknown : SocketKind.NotTcp;
        }

        public static OptionCall ClassifyRawOption(IInvocationOperation invocation)
        {
            return Constant(ArgumentAt(invocation, 0)) == SolIp && Constant(ArgumentAt(invocation, 1)) == IpBindAddressNoPort
                ? OptionCall.Defers
                : OptionCall.Unrelated;
        }

        public static OptionCall ClassifySocketOption(IInvocationOperation invocation)
        {
            var level = Constant(ArgumentAt(invocation, 0));
            var name = Constant(ArgumentAt(invocation, 1));
            if (level == SocketOptionLevelSocket && name == SocketOptionNameReuseUnicastPort)
            {
                return OptionCall.Defers;
            }

            return level == SolIp && name == IpBindAddressNoPort ? OptionCall.WrongWay : OptionCall.Unrelated;
        }

        /// <summary>Whether the condition is OperatingSystem.IsLinux() or RuntimeInformation.IsOSPlatform(OSPlatform.Linux), possibly negated or held in a local assigned once.</summary>
        public static bool IsLinuxCheck(RequiredSymbols symbols, IOperation condition, Func<IOperation, IOperation?> definition, out bool negated)
        {
            negated = false;
            var operation = Unwrap(condition);
            for (var depth = 0; depth < 8; depth++)
            {
                if (operation is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
                {
                    negated = !negated;
                    operation = Unwrap(not.Operand);
                }
                else if (operation is ILocalReferenceOperation && definition(operation) is IOperation defined)
                {
                    // var isLinux = OperatingSystem.IsLinux(); if (isLinux) ...
                    operation = Unwrap(defined);
                }
                else
                {
                    break;
                }
            }

            if (operation is not IInvocationOperation invocation)
            {
                return false;
            }

            var method = invocation.TargetMethod;
            if (method.Name == "IsLinux" && method.Parameters.Length == 0
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.OperatingSystem))
            {
                return true;
            }

            return method.Name == "IsOSPlatform"
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.RuntimeInformation)
                && ArgumentAt(invocation, 0) is IOperation platform
                && Unwrap(platform) is IPropertyReferenceOperation { Property.Name: "Linux" } property
                && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, symbols.OSPlatform);
        }

        public static bool IsConnect(string name) => name is "Connect" or "ConnectAsync" or "BeginConnect";

        public static bool IsServer(string name) => name is "Listen" or "Accept" or "AcceptAsync" or "BeginAccept";

        /// <summary>The connect call's destination as written: the endpoint, or host and port.</summary>
        public static string ConnectTarget(IInvocationOperation connect)
        {
            // SocketTaskExtensions.ConnectAsync(socket, ...) takes the socket first.
            var offset = connect.TargetMethod.IsStatic ? 1 : 0;
            var first = ArgumentAt(connect, offset);
            if (first is null)
            {
                return "?";
            }

            var text = new StringBuilder(first.Syntax.ToString());
            var second = ArgumentAt(connect, offset + 1);
            if (second is not null && second.Type?.SpecialType == SpecialType.System_Int32 && !second.IsImplicit)
            {
                text.Append(':').Append(second.Syntax.ToString());
            }

            return text.ToString();
        }

        public static bool IsWildcardAddress(RequiredSymbols symbols, IOperation address)
        {
            var operation = Unwrap(address);
            if (operation is IFieldReferenceOperation field)
            {
                return field.Field.Name is "Any" or "IPv6Any"
                    && SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, symbols.IPAddress);
            }

            return Constant(operation) == 0;
        }

        public static EndPointFacts ClassifyEndPoint(RequiredSymbols symbols, IOperation endPoint, Func<IOperation, IOperation?> definition)
        {
            var text = endPoint.Syntax.ToString();
            var operation = Unwrap(endPoint);
            for (var depth = 0; depth < 4 && operation is not IObjectCreationOperation; depth++)
            {
                var defined = definition(operation);
                if (defined is null)
                {
                    break;
                }

                operation = Unwrap(defined);
            }

            if (operation is not IObjectCreationOperation creation
                || !SymbolEqualityComparer.Default.Equals(creation.Type, symbols.IPEndPoint)
                || creation.Arguments.Length != 2)
            {
                return new EndPointFacts(LocalPort.Unknown, 0, isWildcard: false, text);
            }

            var address = ArgumentAt(creation.Arguments, 0);
            var wildcard = address is not null && IsWildcardAddress(symbols, address);
            var portArgument = ArgumentAt(creation.Arguments, 1);
            var port = Constant(portArgument);
            if (port is null && portArgument is not null && definition(Unwrap(portArgument)) is IOperation portDefinition)
            {
                // var port = 0; ... new IPEndPoint(address, port)
                port = Constant(portDefinition);
            }

            if (port is null)
            {
                return new EndPointFacts(LocalPort.Unknown, 0, wildcard, text);
            }

            return port == 0
                ? new EndPointFacts(LocalPort.Zero, 0, wildcard, text)
                : new EndPointFacts(LocalPort.NonZero, (int)port.Value, wildcard, text);
        }
    }
}
