using System;
using System.Buffers.Binary;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace BindNoPort.Tests.Runtime;

/// <summary>
/// The kernel's own view of a socket's local port, read with getsockname on every call. Socket.LocalEndPoint caches
/// its first answer, and a port-0 answer read between bind and connect survives the connect.
/// </summary>
internal static class KernelEndPoints
{
    internal static int LocalPort(Socket socket)
    {
        // sockaddr_in and sockaddr_in6 both carry the port, big-endian, at offset 2; 128 bytes hold any sockaddr.
        byte[] address = new byte[128];
        int length = address.Length;
        int result = getsockname(socket.Handle, address, ref length);
        int errno = Marshal.GetLastPInvokeError();
        GC.KeepAlive(socket);
        if (result != 0)
        {
            throw new InvalidOperationException($"getsockname failed with errno {errno}.");
        }

        return BinaryPrimitives.ReadUInt16BigEndian(address.AsSpan(2, 2));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getsockname(IntPtr socket, byte[] address, ref int addressLength);
}
