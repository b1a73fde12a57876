using System;
using System.Net;
using System.Net.Sockets;
using Tmds.Linux;
using static Tmds.Linux.LibC;

namespace BindNoPort.Tests.Runtime;

/// <summary>
/// The kernel's own view of a socket's local address, read with getsockname on every call. Socket.LocalEndPoint caches
/// its first answer, and a port-0 answer read between bind and connect survives the connect.
/// </summary>
internal static class KernelEndPoints
{
    internal static int LocalPort(Socket socket) => Local(socket).Port;

    internal static unsafe IPEndPoint Local(Socket socket)
    {
        sockaddr_storage address = default;
        socklen_t length = SizeOf.sockaddr_storage;
        int result = getsockname((int)socket.Handle, (sockaddr*)&address, &length);
        int error = errno;
        GC.KeepAlive(socket);
        if (result != 0)
        {
            throw new InvalidOperationException($"getsockname failed with errno {error}.");
        }

        if (address.ss_family == AF_INET)
        {
            sockaddr_in* ipv4 = (sockaddr_in*)&address;
            return new IPEndPoint(new IPAddress(new ReadOnlySpan<byte>(&ipv4->sin_addr, 4)), ntohs(ipv4->sin_port));
        }

        sockaddr_in6* ipv6 = (sockaddr_in6*)&address;
        return new IPEndPoint(new IPAddress(new ReadOnlySpan<byte>(&ipv6->sin6_addr, 16), ipv6->sin6_scope_id), ntohs(ipv6->sin6_port));
    }
}
