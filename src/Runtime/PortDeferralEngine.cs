using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace BindNoPort;

/// <summary>
/// What <see cref="PortDeferral"/> does, over a chosen <see cref="SocketOptionBackend"/> and platform. Each instance
/// remembers the kernel's refusals on its own; <see cref="Default"/> is the process-wide one behind the public API.
/// Tests build their own instances to drive either backend or a scripted one.
/// </summary>
internal sealed class PortDeferralEngine
{
    private const string PortRangeOptionName = "IP_LOCAL_PORT_RANGE";

    private readonly object _firstDeferralAnswer = new();
    private int _deferralAccepted;
    private int _deferralRefused;
    private int _portRangeRefused;

    /// <summary>Creates an engine that sets options through <paramref name="backend"/> as <paramref name="platform"/> would.</summary>
    internal PortDeferralEngine(SocketOptionBackend backend, SocketPlatform platform)
    {
        Backend = backend ?? throw new ArgumentNullException(nameof(backend));
        Platform = platform;
    }

    /// <summary>The engine behind the public API: the host platform's backend.</summary>
    internal static PortDeferralEngine Default { get; } = new(SocketOptionBackend.For(SocketPlatforms.Host), SocketPlatforms.Host);

    /// <summary>How this engine reaches setsockopt.</summary>
    internal SocketOptionBackend Backend { get; }

    /// <summary>Which option this engine sets.</summary>
    internal SocketPlatform Platform { get; }

    private string DeferralOptionName => Platform == SocketPlatform.Windows ? "SO_REUSE_UNICASTPORT" : "IP_BIND_ADDRESS_NO_PORT";

    /// <summary>False on platforms without the option and once the kernel refused it.</summary>
    internal bool IsSupported => Platform != SocketPlatform.Other && Volatile.Read(ref _deferralRefused) == 0;

    /// <summary>False off Linux and once the kernel refused IP_LOCAL_PORT_RANGE (before 6.3).</summary>
    internal bool IsLocalPortRangeSupported => Platform == SocketPlatform.Linux && Volatile.Read(ref _portRangeRefused) == 0;

    /// <summary>See <see cref="PortDeferral.DeferPortToConnect"/>.</summary>
    internal bool DeferPortToConnect(Socket socket)
    {
        if (socket is null)
        {
            throw new ArgumentNullException(nameof(socket));
        }

        SocketEligibility.ThrowIfCannotDefer(socket, DeferralOptionName, Platform);
        return SetDeferralOption(socket);
    }

    /// <summary>See <see cref="PortDeferral.BindForConnect"/>.</summary>
    internal bool BindForConnect(Socket socket, EndPoint localEndPoint)
    {
        if (socket is null)
        {
            throw new ArgumentNullException(nameof(socket));
        }

        if (localEndPoint is null)
        {
            throw new ArgumentNullException(nameof(localEndPoint));
        }

        SocketEligibility.ThrowIfCannotDefer(socket, DeferralOptionName, Platform);
        if (localEndPoint is not IPEndPoint ipEndPoint)
        {
            throw new ArgumentException(
                $"{DeferralOptionName} defers the port of an IP endpoint only; {localEndPoint.GetType().Name} has no port to defer.",
                nameof(localEndPoint));
        }

        // A fixed port is reserved at bind whatever the option says (K4): only port 0 can be deferred.
        bool deferred = ipEndPoint.Port == 0 && TrySetDeferralOption(socket);
        socket.Bind(ipEndPoint);
        return deferred;
    }

    /// <summary>See <see cref="PortDeferral.SetLocalPortRange"/>.</summary>
    internal bool SetLocalPortRange(Socket socket, int lowPort, int highPort)
    {
        if (socket is null)
        {
            throw new ArgumentNullException(nameof(socket));
        }

        ThrowIfNotPort(lowPort, nameof(lowPort));
        ThrowIfNotPort(highPort, nameof(highPort));
        if (lowPort > highPort)
        {
            throw new ArgumentOutOfRangeException(nameof(lowPort), lowPort, $"The low port must not exceed the high port ({highPort}).");
        }

        SocketEligibility.ThrowIfCannotNarrowPortRange(socket, PortRangeOptionName, Platform);
        if (!IsLocalPortRangeSupported)
        {
            return false;
        }

        // The kernel ignores a bound outside the host's range (K11): say so rather than claim a narrowing that is not there.
        if (EphemeralPortRange.TryReadHost(out EphemeralPortRange host) && !host.IsNarrowedBy(lowPort, highPort))
        {
            return false;
        }

        int packed = LinuxSocketOptions.PackPortRange(lowPort, highPort);
        SocketOptionRefusal? refusal = Backend.SetInt32(socket, LinuxSocketOptions.LevelIP, LinuxSocketOptions.LocalPortRange, packed);
        if (refusal is null)
        {
            return true;
        }

        // Kernels before 6.3 do not know option 51; with validated bounds, EINVAL is not expected and is thrown.
        if (refusal.Kind is SocketOptionRefusalKind.UnknownOption or SocketOptionRefusalKind.NotSupported)
        {
            Volatile.Write(ref _portRangeRefused, 1);
            return false;
        }

        throw refusal.Error;
    }

    private bool SetDeferralOption(Socket socket)
    {
        if (!IsSupported)
        {
            return false;
        }

        if (Volatile.Read(ref _deferralAccepted) == 1)
        {
            return AskForDeferral(socket);
        }

        // Until the kernel has taken the option once, one thread asks at a time: a refusal is then asked once for
        // the process even when many threads bind together.
        lock (_firstDeferralAnswer)
        {
            return AskForDeferral(socket);
        }
    }

    private bool AskForDeferral(Socket socket)
    {
        if (!IsSupported)
        {
            return false;
        }

        SocketOptionRefusal? refusal = Platform == SocketPlatform.Windows
            ? Backend.SetInt32(socket, WindowsSocketOptions.LevelSocket, WindowsSocketOptions.ReuseUnicastPort, 1)
            : Backend.SetInt32(socket, LinuxSocketOptions.LevelIP, LinuxSocketOptions.BindAddressNoPort, 1);
        if (refusal is null)
        {
            Volatile.Write(ref _deferralAccepted, 1);
            return true;
        }

        // ENOPROTOOPT, EOPNOTSUPP (nginx) and EINVAL (Tor), or their Winsock twins (Windows before 10 has no
        // SO_REUSE_UNICASTPORT, N5): this kernel will never take the option; stop asking.
        if (refusal.Kind != SocketOptionRefusalKind.Other)
        {
            Volatile.Write(ref _deferralRefused, 1);
            return false;
        }

        throw refusal.Error;
    }

    // nginx's rule: an error that does not mean "unsupported" is not remembered and does not cost the caller its bind.
    private bool TrySetDeferralOption(Socket socket)
    {
        try
        {
            return SetDeferralOption(socket);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void ThrowIfNotPort(int port, string parameterName)
    {
        if (port < 1 || port > 65535)
        {
            throw new ArgumentOutOfRangeException(parameterName, port, "A port lies between 1 and 65535.");
        }
    }
}
