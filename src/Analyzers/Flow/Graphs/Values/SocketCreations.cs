using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>Reads what a <c>new Socket(...)</c> makes, or a <c>new</c> of a class of the compilation derived from Socket.</summary>
    internal static class SocketCreations
    {
        // How many this(...) and base(...) calls a subclass's constructor is followed through to Socket's.
        private const int ConstructorChainCap = 4;

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
        public static SocketKind Classify(IObjectCreationOperation creation, Func<IParameterSymbol, IOperation?>? argumentOf = null) =>
            Classify(creation.Arguments, argumentOf);

        /// <summary>
        /// What a creation of Socket or of a subclass makes. A subclass's kind is what its constructor hands Socket's
        /// through <c>this(...)</c> and <c>base(...)</c>, the creation's arguments put in for the parameters; a
        /// subclass from another assembly, or one whose chain is not seen, is Unknown.
        /// </summary>
        public static SocketKind Of(IObjectCreationOperation creation, FlowEnvironment environment, CancellationToken cancellationToken)
        {
            if (SymbolEqualityComparer.Default.Equals(creation.Type, environment.Symbols.Socket))
            {
                return Classify(creation);
            }

            var chain = new List<(IMethodSymbol Constructor, ImmutableArray<IArgumentOperation> Arguments)>();
            var constructor = creation.Constructor;
            var arguments = creation.Arguments;
            for (var depth = 0; depth < ConstructorChainCap && constructor is not null; depth++)
            {
                chain.Add((constructor, arguments));
                if (ConstructorInitializers.Of(constructor, environment, cancellationToken) is not IInvocationOperation next)
                {
                    return SocketKind.Unknown;
                }

                if (SymbolEqualityComparer.Default.Equals(next.TargetMethod.ContainingType, environment.Symbols.Socket))
                {
                    return Classify(next.Arguments, parameter => ArgumentFor(chain, parameter));
                }

                constructor = next.TargetMethod;
                arguments = next.Arguments;
            }

            return SocketKind.Unknown;
        }

        private static SocketKind Classify(ImmutableArray<IArgumentOperation> arguments, Func<IParameterSymbol, IOperation?>? argumentOf)
        {
            IOperation? addressFamily = null;
            IOperation? socketType = null;
            IOperation? protocolType = null;
            var hasAddressFamily = false;
            foreach (var argument in arguments)
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

        // A constructor's parameter is what the call before passed for it, which may be a parameter of the one before that.
        private static IOperation? ArgumentFor(List<(IMethodSymbol Constructor, ImmutableArray<IArgumentOperation> Arguments)> chain, IParameterSymbol parameter)
        {
            for (var level = chain.Count - 1; level >= 0; level--)
            {
                if (SymbolEqualityComparer.Default.Equals(chain[level].Constructor, parameter.ContainingSymbol))
                {
                    var argument = Operations.ArgumentAt(chain[level].Arguments, parameter.Ordinal);
                    return argument is not null && Operations.Unwrap(argument) is IParameterReferenceOperation outer && level > 0
                        && SymbolEqualityComparer.Default.Equals(chain[level - 1].Constructor, outer.Parameter.ContainingSymbol)
                        ? ArgumentFor(chain, outer.Parameter)
                        : argument;
                }
            }

            return null;
        }
    }
}
