using System;
using System.Net;
using System.Net.Sockets;
using Tmds.Linux;
using static Tmds.Linux.LibC;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>IPEndPoint to and from the kernel's sockaddr_in and sockaddr_in6.</summary>
internal static unsafe class SocketAddresses
{
    /// <summary>Writes <paramref name="endPoint"/> into <paramref name="address"/>; returns the length bind and connect take.</summary>
    internal static socklen_t FromEndPoint(IPEndPoint endPoint, sockaddr_storage* address)
    {
        byte[] bytes = endPoint.Address.GetAddressBytes();
        if (endPoint.AddressFamily == AddressFamily.InterNetwork)
        {
            sockaddr_in* ipv4 = (sockaddr_in*)address;
            ipv4->sin_family = AF_INET;
            ipv4->sin_port = htons((ushort)endPoint.Port);
            bytes.CopyTo(new Span<byte>(&ipv4->sin_addr, bytes.Length));
            return SizeOf.sockaddr_in;
        }

        sockaddr_in6* ipv6 = (sockaddr_in6*)address;
        ipv6->sin6_family = AF_INET6;
        ipv6->sin6_port = htons((ushort)endPoint.Port);
        ipv6->sin6_scope_id = (uint)endPoint.Address.ScopeId;
        bytes.CopyTo(new Span<byte>(&ipv6->sin6_addr, bytes.Length));
        return SizeOf.sockaddr_in6;
    }

    internal static IPEndPoint ToEndPoint(sockaddr_storage* address)
    {
        if (address->ss_family == AF_INET)
        {
            sockaddr_in* ipv4 = (sockaddr_in*)address;
            return new IPEndPoint(new IPAddress(new ReadOnlySpan<byte>(&ipv4->sin_addr, 4)), ntohs(ipv4->sin_port));
        }

        sockaddr_in6* ipv6 = (sockaddr_in6*)address;
        return new IPEndPoint(new IPAddress(new ReadOnlySpan<byte>(&ipv6->sin6_addr, 16), ipv6->sin6_scope_id), ntohs(ipv6->sin6_port));
    }
}
