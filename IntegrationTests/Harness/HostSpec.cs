using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>The host's instructions, carried across unshare as one base64 JSON argument.</summary>
internal sealed class HostSpec
{
    public int? PortLow { get; set; }
    public int? PortHigh { get; set; }
    public List<string> Listeners { get; set; } = [];
    public List<string> HttpServers { get; set; } = [];
    public Dictionary<string, string> Sysctls { get; set; } = [];
    public bool LoopbackUp { get; set; } = true;
    public int? RefuseBindAddressNoPortWith { get; set; }

    /// <summary>Full name of the scenario's declaring type, when a scenario runs in the host.</summary>
    public string? ScenarioType { get; set; }
    public string? ScenarioMethod { get; set; }

    /// <summary>The program to run as the host's child, when a program runs.</summary>
    public string? Program { get; set; }
    public List<string> Arguments { get; set; } = [];

    public static HostSpec From(NamespaceSetup setup) => new()
    {
        PortLow = setup.PortRange?.Low,
        PortHigh = setup.PortRange?.High,
        Listeners = setup.Listeners.Select(endpoint => endpoint.ToString()).ToList(),
        HttpServers = setup.HttpServers.Select(endpoint => endpoint.ToString()).ToList(),
        Sysctls = new Dictionary<string, string>(setup.Sysctls),
        LoopbackUp = setup.LoopbackUp,
        RefuseBindAddressNoPortWith = setup.RefuseBindAddressNoPortWith,
    };

    [JsonIgnore]
    public PortRange? PortRange => PortLow is int low && PortHigh is int high ? new PortRange(low, high) : null;

    [JsonIgnore]
    public IReadOnlyList<IPEndPoint> ListenerEndPoints => Listeners.Select(IPEndPoint.Parse).ToList();

    [JsonIgnore]
    public IReadOnlyList<IPEndPoint> HttpServerEndPoints => HttpServers.Select(IPEndPoint.Parse).ToList();

    public string Encode() => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(this));

    public static HostSpec Decode(string encoded) =>
        JsonSerializer.Deserialize<HostSpec>(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)))
        ?? throw new ArgumentException("The host specification is empty.", nameof(encoded));
}
