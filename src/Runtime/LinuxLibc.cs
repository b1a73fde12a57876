using System;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Tmds.Linux;
using static Tmds.Linux.LibC;

namespace BindNoPort;

/// <summary>
/// Every libc call the runtime makes, through Tmds.LibC. Tmds.LibC ships Linux assemblies only, so this class must be
/// reached only when <see cref="SocketPlatforms.Host"/> is Linux: elsewhere the JIT would fail to resolve it. No
/// method is inlined, so compiling a caller that runs on every platform never resolves Tmds.LibC.
/// </summary>
internal static class LinuxLibc
{
    /// <summary>setsockopt with an int value; returns 0 or the kernel's errno.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static unsafe int SetInt32Option(Socket socket, int level, int name, int value)
    {
        int result = setsockopt(Descriptor(socket), level, name, &value, sizeof(int));
        int error = errno;
        // The handle is a bare descriptor: keep the socket from being finalized mid-call.
        GC.KeepAlive(socket);
        return result == 0 ? 0 : error;
    }

    /// <summary>What a refused setsockopt means for the caller: the option is missing, or something else went wrong.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static SocketOptionRefusalKind KindOf(int error) =>
        error == ENOPROTOOPT ? SocketOptionRefusalKind.UnknownOption
        : error == EOPNOTSUPP ? SocketOptionRefusalKind.NotSupported
        : error == EINVAL ? SocketOptionRefusalKind.InvalidValue
        : SocketOptionRefusalKind.Other;

    private static int Descriptor(Socket socket) => (int)socket.Handle;
}
