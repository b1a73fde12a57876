using System.Net.Sockets;

namespace BindNoPort;

/// <summary>What a refused setsockopt means, whatever the platform's error numbering.</summary>
internal enum SocketOptionRefusalKind
{
    /// <summary>ENOPROTOOPT / WSAENOPROTOOPT: this kernel does not know the option.</summary>
    UnknownOption,

    /// <summary>EOPNOTSUPP / WSAEOPNOTSUPP: the option exists but not for this socket or system.</summary>
    NotSupported,

    /// <summary>EINVAL / WSAEINVAL: the kernel rejected the value (or, on old kernels, the option).</summary>
    InvalidValue,

    /// <summary>Anything else, such as EPERM from a security policy or ENOBUFS.</summary>
    Other,
}

/// <summary>A refused setsockopt: what it means, and the kernel's own error to throw when it is not a known refusal.</summary>
internal sealed class SocketOptionRefusal
{
    internal SocketOptionRefusal(SocketOptionRefusalKind kind, SocketException error)
    {
        Kind = kind;
        Error = error;
    }

    /// <summary>What the refusal means.</summary>
    internal SocketOptionRefusalKind Kind { get; }

    /// <summary>The kernel's error: on Linux NativeErrorCode is its errno and Message its text.</summary>
    internal SocketException Error { get; }
}
