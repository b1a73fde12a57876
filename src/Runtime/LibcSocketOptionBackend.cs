using System;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace BindNoPort;

/// <summary>
/// Options through libc's setsockopt/getsockopt on <see cref="Socket.Handle"/>: what the netstandard2.0 build has,
/// since Socket.SetRawSocketOption arrived in .NET 5. Linux only: errno values are read with Linux numbering.
/// </summary>
internal sealed class LibcSocketOptionBackend : SocketOptionBackend
{
    private const int EACCES = 13;
    private const int EINVAL = 22;
    private const int ENOTSOCK = 88;
    private const int ENOPROTOOPT = 92;
    private const int EOPNOTSUPP = 95;

    private LibcSocketOptionBackend()
    {
    }

    /// <summary>The only instance; the backend holds no state.</summary>
    internal static LibcSocketOptionBackend Instance { get; } = new();

    /// <inheritdoc/>
    internal override SocketError SetInt32(Socket socket, int level, int name, int value)
    {
        int result = setsockopt(socket.Handle, level, name, ref value, sizeof(int));
        int errno = Marshal.GetLastWin32Error();
        // The handle is a bare descriptor: keep the socket from being finalized mid-call.
        GC.KeepAlive(socket);
        return result == 0 ? SocketError.Success : ToSocketError(errno);
    }

    /// <inheritdoc/>
    internal override SocketError GetInt32(Socket socket, int level, int name, out int value)
    {
        value = 0;
        uint length = sizeof(int);
        int result = getsockopt(socket.Handle, level, name, ref value, ref length);
        int errno = Marshal.GetLastWin32Error();
        GC.KeepAlive(socket);
        return result == 0 ? SocketError.Success : ToSocketError(errno);
    }

    /// <summary>Maps a Linux errno to the <see cref="SocketError"/> the .NET runtime reports for it.</summary>
    internal static SocketError ToSocketError(int errno) => errno switch
    {
        EINVAL => SocketError.InvalidArgument,
        ENOPROTOOPT => SocketError.ProtocolOption,
        EOPNOTSUPP => SocketError.OperationNotSupported,
        ENOTSOCK => SocketError.NotSocket,
        EACCES => SocketError.AccessDenied,
        _ => SocketError.SocketError,
    };

    [DllImport("libc", SetLastError = true)]
    private static extern int setsockopt(IntPtr socket, int level, int name, ref int value, uint valueLength);

    [DllImport("libc", SetLastError = true)]
    private static extern int getsockopt(IntPtr socket, int level, int name, ref int value, ref uint valueLength);
}
