using System.Net.Sockets;

namespace BindNoPort;

/// <summary>
/// One way of reaching setsockopt for an integer option given by number: <see cref="LibcSocketOptionBackend"/> on
/// Linux, <see cref="FrameworkSocketOptionBackend"/> elsewhere. Both report a refusal instead of throwing, so the
/// engine decides which refusals mean "unsupported".
/// </summary>
internal abstract class SocketOptionBackend
{
    /// <summary>The backend for <paramref name="platform"/>; only Linux gets the libc one, which cannot load elsewhere.</summary>
    internal static SocketOptionBackend For(SocketPlatform platform) =>
        platform == SocketPlatform.Linux ? LibcSocketOptionBackend.Instance : FrameworkSocketOptionBackend.Instance;

    /// <summary>Sets an integer option; returns null once set, else what the kernel answered.</summary>
    internal abstract SocketOptionRefusal? SetInt32(Socket socket, int level, int name, int value);
}
