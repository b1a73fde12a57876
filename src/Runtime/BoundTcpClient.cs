using System;
using System.Net;
using System.Net.Sockets;

namespace BindNoPort;

/// <summary>
/// The replacement for <c>new TcpClient(IPEndPoint)</c>, which binds in its constructor and so reserves the port before
/// <c>Connect</c> (N3, K1).
/// </summary>
public static class BoundTcpClient
{
    /// <summary>
    /// Creates a <see cref="TcpClient"/> of <paramref name="localEndPoint"/>'s address family (IPv4 for an IPv4-mapped
    /// IPv6 address, as <c>HttpEgress</c> does on net8.0), sets
    /// IP_BIND_ADDRESS_NO_PORT (or SO_REUSE_UNICASTPORT) on its socket and binds it to <paramref name="localEndPoint"/>.
    /// With port 0 the kernel picks the port only at connect and shares it across destinations (K3); a non-zero port is
    /// reserved at bind as usual (K4).
    /// </summary>
    /// <remarks>
    /// Read <c>Client.LocalEndPoint</c> only after connecting: before, the kernel reports port 0, and .NET caches that
    /// answer (see <see cref="PortDeferral.BindForConnect"/>).
    /// </remarks>
    /// <param name="localEndPoint">The local address to connect from, usually with port 0; an IPv4-mapped IPv6 address counts as IPv4.</param>
    /// <returns>A bound, unconnected client; the caller owns it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="localEndPoint"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="localEndPoint"/> is neither IPv4 nor IPv6.</exception>
    /// <exception cref="SocketException">The bind failed, as it would in the <see cref="TcpClient"/> constructor.</exception>
    public static TcpClient Create(IPEndPoint localEndPoint) => Create(localEndPoint, PortDeferralEngine.Default);

    /// <summary>As <see cref="Create(IPEndPoint)"/>, through the given engine.</summary>
    internal static TcpClient Create(IPEndPoint localEndPoint, PortDeferralEngine engine)
    {
        if (localEndPoint is null)
        {
            throw new ArgumentNullException(nameof(localEndPoint));
        }

        IPEndPoint local = new(LocalAddresses.Unmapped(localEndPoint.Address), localEndPoint.Port);
        TcpClient client = new(local.AddressFamily);
        try
        {
            engine.BindForConnect(client.Client, local);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
