using System;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// The kernel's address for the socket (getsockname), read afresh: IP_BIND_ADDRESS_NO_PORT leaves the port 0 until
    /// connect, and Socket.LocalEndPoint would cache that 0 (and calls an unbound socket wrapped from a handle bound).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static unsafe IPEndPoint LocalEndPoint(Socket socket)
    {
        sockaddr_storage address = default;
        socklen_t length = SizeOf.sockaddr_storage;
        int result = getsockname(Descriptor(socket), (sockaddr*)&address, &length);
        int error = errno;
        GC.KeepAlive(socket);
        if (result != 0)
        {
            throw new SocketException(error);
        }

        if (address.ss_family == AF_INET)
        {
            sockaddr_in* ipv4 = (sockaddr_in*)&address;
            return new IPEndPoint(new IPAddress(Copy((byte*)&ipv4->sin_addr, 4)), ntohs(ipv4->sin_port));
        }

        sockaddr_in6* ipv6 = (sockaddr_in6*)&address;
        return new IPEndPoint(new IPAddress(Copy((byte*)&ipv6->sin6_addr, 16), ipv6->sin6_scope_id), ntohs(ipv6->sin6_port));
    }

    private static unsafe byte[] Copy(byte* source, int length)
    {
        byte[] bytes = new byte[length];
        Marshal.Copy((IntPtr)source, bytes, 0, length);
        return bytes;
    }

    private static int Descriptor(Socket socket) => (int)socket.Handle;
}
