#if NET
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace BindNoPort;

/// <summary>
/// HttpClient egress from a chosen local address. HttpClient has no local-address setting, so binding happens in
/// <see cref="SocketsHttpHandler.ConnectCallback"/> (N6); these helpers bind there with the port deferred to connect
/// (K3), so a busy client does not use up the host's ephemeral ports one connection each (K1, K2).
/// </summary>
public static class HttpEgress
{
    /// <summary>
    /// Makes <paramref name="handler"/> connect from <paramref name="localAddress"/> through <see cref="ConnectCallback(IPAddress)"/>.
    /// </summary>
    /// <param name="handler">A handler without a <see cref="SocketsHttpHandler.ConnectCallback"/> of its own.</param>
    /// <param name="localAddress">The address to connect from.</param>
    /// <returns><paramref name="handler"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> or <paramref name="localAddress"/> is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="handler"/> already has a ConnectCallback, which this would silently replace.
    /// </exception>
    public static SocketsHttpHandler UseLocalAddress(this SocketsHttpHandler handler, IPAddress localAddress)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(localAddress);
        if (handler.ConnectCallback is not null)
        {
            throw new InvalidOperationException(
                "The handler already has a ConnectCallback; binding to a local address would replace it. Bind inside that callback with PortDeferral.BindForConnect instead.");
        }

        handler.ConnectCallback = ConnectCallback(localAddress);
        return handler;
    }

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/> that opens a TCP socket (NoDelay, as the handler's own connect
    /// does), binds it to (<paramref name="localAddress"/>, 0) with the port deferred to connect (K3), and connects to
    /// the request's host. Only destination addresses of <paramref name="localAddress"/>'s family are tried, in the
    /// resolver's order; a host with none fails with an <see cref="HttpRequestException"/> that says so.
    /// </summary>
    /// <param name="localAddress">The address to connect from; an IPv4-mapped IPv6 address counts as IPv4.</param>
    /// <returns>The callback; each call returns a <see cref="NetworkStream"/> that owns its socket.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="localAddress"/> is null.</exception>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(IPAddress localAddress) =>
        ConnectCallback(localAddress, PortDeferralEngine.Default);

    /// <summary>As <see cref="ConnectCallback(IPAddress)"/>, through the given engine.</summary>
    internal static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(
        IPAddress localAddress,
        PortDeferralEngine engine)
    {
        ArgumentNullException.ThrowIfNull(localAddress);
        IPAddress source = LocalAddresses.Unmapped(localAddress);
        return (context, cancellationToken) => ConnectAsync(engine, source, context.DnsEndPoint, cancellationToken);
    }

    private static async ValueTask<Stream> ConnectAsync(
        PortDeferralEngine engine,
        IPAddress localAddress,
        DnsEndPoint destination,
        CancellationToken cancellationToken)
    {
        IPAddress[] candidates = await ResolveReachableAsync(localAddress, destination, cancellationToken).ConfigureAwait(false);
        for (int index = 0; ; index++)
        {
            bool isLastCandidate = index == candidates.Length - 1;
            Socket socket = new(localAddress.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                engine.BindForConnect(socket, new IPEndPoint(localAddress, 0));
                await socket.ConnectAsync(new IPEndPoint(candidates[index], destination.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException) when (!isLastCandidate)
            {
                socket.Dispose();
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
    }

    private static async ValueTask<IPAddress[]> ResolveReachableAsync(
        IPAddress localAddress,
        DnsEndPoint destination,
        CancellationToken cancellationToken)
    {
        IPAddress[] addresses = IPAddress.TryParse(destination.Host, out IPAddress? literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(destination.Host, cancellationToken).ConfigureAwait(false);
        IPAddress[] reachable = Array.FindAll(addresses, address => address.AddressFamily == localAddress.AddressFamily);
        if (reachable.Length == 0)
        {
            throw new HttpRequestException(
                HttpRequestError.NameResolutionError,
                $"'{destination.Host}' has no {FamilyName(localAddress.AddressFamily)} address, and a connection from {localAddress} can reach only {FamilyName(localAddress.AddressFamily)} destinations.");
        }

        return reachable;
    }

    private static string FamilyName(AddressFamily family) => family == AddressFamily.InterNetwork ? "IPv4" : "IPv6";
}
#endif
