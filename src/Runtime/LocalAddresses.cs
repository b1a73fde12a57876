using System.Net;

namespace BindNoPort;

/// <summary>How every helper reads the local address it is given, so they all bind the same socket for it.</summary>
internal static class LocalAddresses
{
    /// <summary>
    /// An IPv4-mapped IPv6 address (::ffff:a.b.c.d) as the IPv4 address it stands for: an IPv6 socket that is not dual
    /// mode refuses to bind it (EINVAL), and an IPv4 socket reaches the same destinations.
    /// </summary>
    internal static IPAddress Unmapped(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
