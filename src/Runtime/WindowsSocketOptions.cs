using BindNoPort.Analyzers;

namespace BindNoPort;

/// <summary>Winsock option numbers the runtime sets through the backend.</summary>
internal static class WindowsSocketOptions
{
    /// <summary>SOL_SOCKET on Windows.</summary>
    internal const int LevelSocket = SocketOptionNumbers.LevelSocket;

    /// <summary>SO_REUSE_UNICASTPORT, Windows 10 / Server 2016+ (N5).</summary>
    internal const int ReuseUnicastPort = SocketOptionNumbers.ReuseUnicastPort;
}
