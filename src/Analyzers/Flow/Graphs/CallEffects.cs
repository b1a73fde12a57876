using BindNoPort.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What a call does to a socket it is made on or handed.</summary>
    internal enum CallEffect
    {
        /// <summary>Nothing to a socket: another option, another assembly's plain method.</summary>
        Unrelated,

        /// <summary>Socket.Bind.</summary>
        Binds,

        /// <summary>BindForConnect: the option, then the bind.</summary>
        BindsDeferred,

        /// <summary>Connect, ConnectAsync, BeginConnect.</summary>
        Connects,

        /// <summary>Listen or Accept: the socket is a server's.</summary>
        Listens,

        /// <summary>Sets the option: SetRawSocketOption(0, 24), DeferPortToConnect, a method the user lists as doing so.</summary>
        Defers,

        /// <summary>SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24): meant to set it, throws on Linux (BNP003).</summary>
        DefersTheWrongWay,

        /// <summary>Code of this compilation with one body: its summary says what it does.</summary>
        Summarized,

        /// <summary>Code of this compilation that is not seen (virtual, abstract, partial, an interface): it may set the option.</summary>
        RunsOwnCodeNotSeen,

        /// <summary>Another assembly's method that dispatches (virtual, an interface, a delegate): it may run the user's code.</summary>
        RunsOtherCode,
    }

    /// <summary>
    /// The one place that decides what a call does to a socket: the framework's socket members, the runtime helpers,
    /// the methods the user lists in .editorconfig, the compilation's own code and code that is not seen. No public
    /// library but BindNoPort.Runtime sets the option, so another assembly's method does not, unless the user lists it.
    /// </summary>
    internal static class CallEffects
    {
        /// <param name="method">The method called.</param>
        /// <param name="invocation">The call, when it is an invocation: the option calls are read from its arguments.</param>
        /// <param name="environment">The compilation's symbols and options.</param>
        /// <param name="deferringMethods">The methods the .editorconfig of the call's file lists as setting the option.</param>
        public static CallEffect Of(IMethodSymbol method, IInvocationOperation? invocation, FlowEnvironment environment, PortDeferringMethods deferringMethods)
        {
            switch (environment.Symbols.CallOf(method))
            {
                case SocketCall.Bind:
                    return CallEffect.Binds;
                case SocketCall.BindForConnect:
                    return CallEffect.BindsDeferred;
                case SocketCall.Connect:
                    return CallEffect.Connects;
                case SocketCall.Server:
                    return CallEffect.Listens;
                case SocketCall.DeferPortToConnect:
                    return CallEffect.Defers;
                case SocketCall.SetRawSocketOption:
                    return invocation is not null && OptionCalls.ClassifyRaw(invocation) == OptionCall.Defers ? CallEffect.Defers : CallEffect.Unrelated;
                case SocketCall.SetSocketOption:
                    return invocation is null ? CallEffect.Unrelated : OptionCalls.ClassifyManaged(invocation) switch
                    {
                        OptionCall.Defers => CallEffect.Defers,
                        OptionCall.WrongWay => CallEffect.DefersTheWrongWay,
                        _ => CallEffect.Unrelated,
                    };
                case SocketCall.None:
                    break;
                default:
                    // FromAsync, BoundTcpClient.Create and a listed bound-socket factory: the event reader reads those calls whole.
                    return CallEffect.Unrelated;
            }

            if (environment.Symbols.IsInCompilation(method))
            {
                var definition = FactKey.Definition(method);
                return definition.MethodKind == MethodKind.LocalFunction || environment.Facts.IsSummarizable(definition) ? CallEffect.Summarized : CallEffect.RunsOwnCodeNotSeen;
            }

            if (deferringMethods.Contains(method))
            {
                return CallEffect.Defers;
            }

            var dispatched = method.MethodKind == MethodKind.DelegateInvoke || method.IsVirtual || method.IsAbstract || method.ContainingType?.TypeKind == TypeKind.Interface;
            return dispatched ? CallEffect.RunsOtherCode : CallEffect.Unrelated;
        }

    }
}
