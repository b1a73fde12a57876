using System.Net.Sockets;

namespace BindNoPort;

/// <summary>
/// One way of reaching setsockopt/getsockopt for an integer option given by number. The runtime carries two:
/// <c>RawSocketOptionBackend</c> (Socket.SetRawSocketOption, .NET 5+, in the net8.0 build) and <see cref="LibcSocketOptionBackend"/>
/// (a direct libc call, for the netstandard2.0 build). Both report the kernel's refusal as a <see cref="SocketError"/>
/// instead of throwing, so the caller decides which refusals mean "unsupported".
/// </summary>
internal abstract class SocketOptionBackend
{
    /// <summary>The backend this build uses: raw socket options where the framework has them, libc otherwise.</summary>
#if NET
    internal static SocketOptionBackend Default => RawSocketOptionBackend.Instance;
#else
    internal static SocketOptionBackend Default => LibcSocketOptionBackend.Instance;
#endif

    /// <summary>Sets an integer option; returns <see cref="SocketError.Success"/> or what the kernel answered.</summary>
    internal abstract SocketError SetInt32(Socket socket, int level, int name, int value);

    /// <summary>Reads an integer option; returns <see cref="SocketError.Success"/> or what the kernel answered.</summary>
    internal abstract SocketError GetInt32(Socket socket, int level, int name, out int value);
}
