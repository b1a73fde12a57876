using System.Collections.Generic;
using System.Net;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>An inclusive range of ports, as written to ip_local_port_range.</summary>
public sealed record PortRange(int Low, int High)
{
    public int Count => High - Low + 1;

    public override string ToString() => $"{Low} {High}";
}

/// <summary>
/// What the namespace host prepares before it runs anything: loopback up, the ephemeral range,
/// extra sysctls, and loopback servers that accept and hold every connection.
/// </summary>
public sealed record NamespaceSetup
{
    /// <summary>Written to /proc/sys/net/ipv4/ip_local_port_range; null keeps the kernel default.</summary>
    public PortRange? PortRange { get; init; }

    /// <summary>TCP listeners that accept every connection and keep it open until the host exits.</summary>
    public IReadOnlyList<IPEndPoint> Listeners { get; init; } = [];

    /// <summary>
    /// HTTP/1.1 servers that answer every request with 200 "ok" and keep the connection alive.
    /// In-process scenarios may hold their answers (<see cref="HoldingHttpServer.HoldResponses"/>).
    /// </summary>
    public IReadOnlyList<IPEndPoint> HttpServers { get; init; } = [];

    /// <summary>Paths under /proc/sys (e.g. "net/ipv4/ip_autobind_reuse") and the values written to them.</summary>
    public IReadOnlyDictionary<string, string> Sysctls { get; init; } = new Dictionary<string, string>();

    /// <summary>A new namespace has lo down (K12); false leaves it down.</summary>
    public bool LoopbackUp { get; init; } = true;

    /// <summary>
    /// An errno with which the kernel refuses IP_BIND_ADDRESS_NO_PORT to the host and every program it starts
    /// (<see cref="SetsockoptFault"/>, inherited across exec); null refuses nothing.
    /// </summary>
    public int? RefuseBindAddressNoPortWith { get; init; }
}
