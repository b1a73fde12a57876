using System.Runtime.InteropServices;

namespace BindNoPort;

/// <summary>Which port-deferring socket option the host offers.</summary>
internal enum SocketPlatform
{
    /// <summary>IP_BIND_ADDRESS_NO_PORT and IP_LOCAL_PORT_RANGE at level SOL_IP.</summary>
    Linux,

    /// <summary>SO_REUSE_UNICASTPORT at level SOL_SOCKET.</summary>
    Windows,

    /// <summary>No equivalent option (macOS, the BSDs and the rest).</summary>
    Other,
}

/// <summary>Decides the host's <see cref="SocketPlatform"/> once per process.</summary>
internal static class SocketPlatforms
{
    /// <summary>The platform this process runs on.</summary>
    internal static SocketPlatform Host { get; } = Detect();

    private static SocketPlatform Detect()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return SocketPlatform.Linux;
        }

        return RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? SocketPlatform.Windows : SocketPlatform.Other;
    }
}
