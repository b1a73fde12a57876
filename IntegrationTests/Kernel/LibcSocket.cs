using System;
using System.Net;
using System.Net.Sockets;
using Tmds.Linux;
using static Tmds.Linux.LibC;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>
/// A socket made and driven through libc, as the seed experiments' C and Python make theirs: socket(family, type, 0),
/// then only the calls asked for. A .NET Socket would add its own (Socket.Bind sets SO_REUSEADDR on TCP, N7). Each
/// failed call throws a SocketException whose NativeErrorCode is the kernel's errno.
/// </summary>
public sealed unsafe class LibcSocket : IDisposable
{
    private int descriptor;

    private LibcSocket(int descriptor) => this.descriptor = descriptor;

    public static LibcSocket Tcp(AddressFamily family = AddressFamily.InterNetwork) => Create(family, SOCK_STREAM);

    public static LibcSocket Udp(AddressFamily family = AddressFamily.InterNetwork) => Create(family, SOCK_DGRAM);

    public IPEndPoint LocalEndPoint
    {
        get
        {
            sockaddr_storage address = default;
            socklen_t length = SizeOf.sockaddr_storage;
            Check(getsockname(Descriptor, (sockaddr*)&address, &length));
            return SocketAddresses.ToEndPoint(&address);
        }
    }

    public IPEndPoint PeerEndPoint
    {
        get
        {
            sockaddr_storage address = default;
            socklen_t length = SizeOf.sockaddr_storage;
            Check(getpeername(Descriptor, (sockaddr*)&address, &length));
            return SocketAddresses.ToEndPoint(&address);
        }
    }

    public void SetOption(int level, int name, int value) => Check(setsockopt(Descriptor, level, name, &value, sizeof(int)));

    public int GetOption(int level, int name)
    {
        int value = 0;
        socklen_t length = sizeof(int);
        Check(getsockopt(Descriptor, level, name, &value, &length));
        return value;
    }

    /// <summary>SO_LINGER on with 0 seconds: close() resets the connection, so no TIME_WAIT keeps its port.</summary>
    public void ResetOnClose()
    {
        linger value = default;
        value.l_onoff = 1;
        value.l_linger = 0;
        Check(setsockopt(Descriptor, SOL_SOCKET, SO_LINGER, &value, SizeOf.linger));
    }

    public void Bind(IPEndPoint endPoint)
    {
        sockaddr_storage address = default;
        socklen_t length = SocketAddresses.FromEndPoint(endPoint, &address);
        Check(bind(Descriptor, (sockaddr*)&address, length));
    }

    public void Connect(IPEndPoint endPoint)
    {
        sockaddr_storage address = default;
        socklen_t length = SocketAddresses.FromEndPoint(endPoint, &address);
        Check(connect(Descriptor, (sockaddr*)&address, length));
    }

    public void Dispose()
    {
        if (descriptor >= 0)
        {
            close(descriptor);
            descriptor = -1;
        }
    }

    private int Descriptor => descriptor >= 0 ? descriptor : throw new ObjectDisposedException(nameof(LibcSocket));

    private static LibcSocket Create(AddressFamily family, int type)
    {
        int domain = family switch
        {
            AddressFamily.InterNetwork => AF_INET,
            AddressFamily.InterNetworkV6 => AF_INET6,
            _ => throw new ArgumentOutOfRangeException(nameof(family), family, "IPv4 or IPv6."),
        };
        int created = socket(domain, type, 0);
        Check(created);
        return new LibcSocket(created);
    }

    // SocketException(int) on Unix keeps an errno as NativeErrorCode.
    private static void Check(int result)
    {
        if (result < 0)
        {
            throw new SocketException(errno);
        }
    }
}
