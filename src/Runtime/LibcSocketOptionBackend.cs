using System.Net.Sockets;

namespace BindNoPort;

/// <summary>
/// Options through libc's setsockopt on Linux, in both builds: Socket.SetRawSocketOption reports EPERM as EACCES and
/// errnos it does not map as "Unknown socket error", while libc hands back the kernel's own errno.
/// </summary>
internal sealed class LibcSocketOptionBackend : SocketOptionBackend
{
    private LibcSocketOptionBackend()
    {
    }

    /// <summary>The only instance; the backend holds no state.</summary>
    internal static LibcSocketOptionBackend Instance { get; } = new();

    /// <inheritdoc/>
    internal override SocketOptionRefusal? SetInt32(Socket socket, int level, int name, int value)
    {
        int error = LinuxLibc.SetInt32Option(socket, level, name, value);
        // SocketException(int) on Unix keeps an errno as NativeErrorCode, with the kernel's text as Message.
        return error == 0 ? null : new SocketOptionRefusal(LinuxLibc.KindOf(error), new SocketException(error));
    }
}
