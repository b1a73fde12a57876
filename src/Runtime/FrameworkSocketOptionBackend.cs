using System.Net.Sockets;

namespace BindNoPort;

/// <summary>
/// Options through <see cref="Socket.SetSocketOption(SocketOptionLevel, SocketOptionName, int)"/>, which on Windows
/// passes any level and option number to setsockopt (SocketOptionName values are Winsock's). On Linux it refuses
/// numbers it does not map (N1), so Linux uses <see cref="LibcSocketOptionBackend"/>.
/// </summary>
internal sealed class FrameworkSocketOptionBackend : SocketOptionBackend
{
    private FrameworkSocketOptionBackend()
    {
    }

    /// <summary>The only instance; the backend holds no state.</summary>
    internal static FrameworkSocketOptionBackend Instance { get; } = new();

    /// <inheritdoc/>
    internal override SocketOptionRefusal? SetInt32(Socket socket, int level, int name, int value)
    {
        try
        {
            socket.SetSocketOption((SocketOptionLevel)level, (SocketOptionName)name, value);
            return null;
        }
        catch (SocketException refusal)
        {
            return new SocketOptionRefusal(KindOf(refusal.SocketErrorCode), refusal);
        }
    }

    private static SocketOptionRefusalKind KindOf(SocketError error) => error switch
    {
        SocketError.ProtocolOption => SocketOptionRefusalKind.UnknownOption,
        SocketError.OperationNotSupported => SocketOptionRefusalKind.NotSupported,
        SocketError.InvalidArgument => SocketOptionRefusalKind.InvalidValue,
        _ => SocketOptionRefusalKind.Other,
    };
}
