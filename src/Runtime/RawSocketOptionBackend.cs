#if NET
using System;
using System.Net.Sockets;

namespace BindNoPort;

/// <summary>Options through <see cref="Socket.SetRawSocketOption"/> and <see cref="Socket.GetRawSocketOption"/> (N2).</summary>
internal sealed class RawSocketOptionBackend : SocketOptionBackend
{
    private RawSocketOptionBackend()
    {
    }

    /// <summary>The only instance; the backend holds no state.</summary>
    internal static RawSocketOptionBackend Instance { get; } = new();

    /// <inheritdoc/>
    internal override SocketError SetInt32(Socket socket, int level, int name, int value)
    {
        Span<byte> buffer = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(buffer, value);
        try
        {
            socket.SetRawSocketOption(level, name, buffer);
            return SocketError.Success;
        }
        catch (SocketException refusal)
        {
            return refusal.SocketErrorCode;
        }
    }

    /// <inheritdoc/>
    internal override SocketError GetInt32(Socket socket, int level, int name, out int value)
    {
        Span<byte> buffer = stackalloc byte[sizeof(int)];
        buffer.Clear();
        try
        {
            socket.GetRawSocketOption(level, name, buffer);
        }
        catch (SocketException refusal)
        {
            value = 0;
            return refusal.SocketErrorCode;
        }

        value = BitConverter.ToInt32(buffer);
        return SocketError.Success;
    }
}
#endif
