using System;
using System.Net;
using System.Net.Sockets;

namespace BindNoPort;

/// <summary>
/// Binds client sockets to a local address without reserving an ephemeral port at bind time. On Linux a plain
/// <c>bind(address, 0)</c> takes a port exclusively, for every destination (K1), which caps outbound connections at the
/// size of the port range (K2); with IP_BIND_ADDRESS_NO_PORT set first, the port is picked at <c>connect()</c> and
/// shared while the 4-tuple is unique (K3).
/// </summary>
public static class PortDeferral
{
    /// <summary>
    /// Whether this process can defer ports: true on Linux (IP_BIND_ADDRESS_NO_PORT, 4.2+, K3) and Windows
    /// (SO_REUSE_UNICASTPORT, 10 / Server 2016+, N5) until the kernel refuses the option with ENOPROTOOPT, EOPNOTSUPP or
    /// EINVAL (on Windows their Winsock equivalents); that refusal is remembered for the whole process, as nginx and Tor
    /// do, and the option is not tried again (until the kernel's first answer, threads ask one at a time, so it is
    /// asked once even when many bind together). Any other refusal is not remembered. False on other systems.
    /// </summary>
    public static bool IsSupported => PortDeferralEngine.Default.IsSupported;

    /// <summary>
    /// Sets IP_BIND_ADDRESS_NO_PORT (level SOL_IP = 0, option 24) on a Linux TCP socket, IPv4, IPv6 or dual mode alike
    /// (IPv6 sockets take it at SOL_IP too, K5), or SO_REUSE_UNICASTPORT on Windows; elsewhere does nothing. Call it
    /// before binding to port 0: after bind it has no effect (K7), and with a non-zero port the kernel ignores it (K4).
    /// </summary>
    /// <param name="socket">An unbound TCP socket over IPv4 or IPv6.</param>
    /// <returns>Whether the option is now set on <paramref name="socket"/>; false when <see cref="IsSupported"/> is false.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="socket"/> is null.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="socket"/> is closed.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="socket"/> is not TCP: UDP, ICMP, Unix-domain or raw; the option cannot share their ports (K6).
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="socket"/> is already bound or connected (K7), as the kernel reports it (getsockname on Linux), so a
    /// socket wrapped from an unbound handle is accepted.
    /// </exception>
    /// <exception cref="SocketException">
    /// The kernel refused the option with an error other than ENOPROTOOPT, EOPNOTSUPP or EINVAL, such as EPERM from a
    /// security policy; such an error is not remembered. This is the kernel's own error: on Linux its
    /// <see cref="System.ComponentModel.Win32Exception.NativeErrorCode"/> is the errno and its message the kernel's text
    /// (its <see cref="SocketException.SocketErrorCode"/> then holds the errno number too, as for any SocketException
    /// built from an errno).
    /// </exception>
    public static bool DeferPortToConnect(this Socket socket) => PortDeferralEngine.Default.DeferPortToConnect(socket);

    /// <summary>
    /// Binds <paramref name="socket"/> to <paramref name="localEndPoint"/>, first deferring the port to connect when the
    /// endpoint's port is 0 (K3). A non-zero port is bound as given and stays reserved from the bind on (K4). This is the
    /// call that replaces <see cref="Socket.Bind"/> before <see cref="Socket.Connect(EndPoint)"/>. The bind always happens:
    /// when the option is unsupported, or the kernel refuses it for another reason (nginx logs and carries on), the
    /// socket is bound exactly as <see cref="Socket.Bind"/> would bind it.
    /// </summary>
    /// <remarks>
    /// Between a deferred bind and <c>Connect</c> the kernel reports port 0 for the socket. <see cref="Socket.LocalEndPoint"/>
    /// read in that window caches port 0 and, seen on .NET 10 with a specific local address, keeps answering port 0
    /// after <c>Connect</c>: read it only once connected.
    /// </remarks>
    /// <param name="socket">An unbound TCP socket over IPv4 or IPv6.</param>
    /// <param name="localEndPoint">The local <see cref="IPEndPoint"/>; port 0 lets the kernel pick the port at connect.</param>
    /// <returns>Whether the port is deferred to connect: true only for port 0 with the option in effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="socket"/> or <paramref name="localEndPoint"/> is null.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="socket"/> is closed.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="socket"/> is not TCP: UDP, ICMP, Unix-domain or raw (K6), or <paramref name="localEndPoint"/> is not an <see cref="IPEndPoint"/>.
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="socket"/> is already bound or connected (K7), as the kernel reports it (getsockname on Linux), so a
    /// socket wrapped from an unbound handle is accepted.
    /// </exception>
    /// <exception cref="SocketException">The bind itself failed, as <see cref="Socket.Bind"/> would.</exception>
    public static bool BindForConnect(this Socket socket, EndPoint localEndPoint) =>
        PortDeferralEngine.Default.BindForConnect(socket, localEndPoint);

    /// <summary>
    /// Narrows the range this socket's ephemeral port is picked from with IP_LOCAL_PORT_RANGE (level SOL_IP = 0,
    /// option 51, Linux 6.3+, K11): the kernel reads a u32 with <paramref name="highPort"/> in the high 16 bits and
    /// <paramref name="lowPort"/> in the low 16 bits. Call it before bind or connect. The kernel takes each bound only
    /// when it lies inside the host's <c>ip_local_port_range</c> and otherwise keeps the host's bound, so the port comes
    /// from the overlap of the two ranges; a range that narrows nothing is not set.
    /// </summary>
    /// <param name="socket">An unbound TCP or UDP socket over IPv4 or IPv6.</param>
    /// <param name="lowPort">The lowest port to pick, 1 to 65535.</param>
    /// <param name="highPort">The highest port to pick, 1 to 65535, not below <paramref name="lowPort"/>.</param>
    /// <returns>
    /// True when the range is set and narrows the host's range (read when called): the port will come from
    /// [max(<paramref name="lowPort"/>, host low), min(<paramref name="highPort"/>, host high)]. False, with nothing set,
    /// when it would narrow nothing (both bounds outside the host range, or the host range itself), off Linux, and on
    /// kernels older than 6.3, whose ENOPROTOOPT is remembered for the process. Where the host range cannot be read,
    /// true means the kernel took the option.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="socket"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A port is outside 1 to 65535, or <paramref name="lowPort"/> exceeds <paramref name="highPort"/>.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="socket"/> is closed.</exception>
    /// <exception cref="ArgumentException"><paramref name="socket"/> is Unix-domain or raw: it has no ports.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="socket"/> is already bound or connected, as the kernel reports it.</exception>
    /// <exception cref="SocketException">The kernel refused the range for a reason other than not knowing the option; the kernel's own error, as for <see cref="DeferPortToConnect"/>.</exception>
    public static bool SetLocalPortRange(this Socket socket, int lowPort, int highPort) =>
        PortDeferralEngine.Default.SetLocalPortRange(socket, lowPort, highPort);
}
