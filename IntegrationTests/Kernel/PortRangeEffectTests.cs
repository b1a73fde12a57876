using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>
/// SetLocalPortRange says true only when the kernel will narrow the port: it takes each bound of IP_LOCAL_PORT_RANGE
/// only when the bound lies inside ip_local_port_range (40000-40099 here), so the port comes from the overlap.
/// </summary>
public sealed class PortRangeEffectTests
{
    // Ten connections: as many as the narrowest overlap below has ports, so no port lands inside it by chance.
    private const int Connections = 10;

    private static readonly NamespaceSetup HundredPorts = new()
    {
        PortRange = new PortRange(40000, 40099),
        Listeners = [new IPEndPoint(IPAddress.Any, 8080)],
    };

    [NamespaceTheory]
    [InlineData(40010, 40019, true, 40010, 40019)]  // inside: the range itself
    [InlineData(39990, 40009, true, 40000, 40009)]  // low bound outside: the host's low bound stays
    [InlineData(40090, 40200, true, 40090, 40099)]  // high bound outside: the host's high bound stays
    [InlineData(50000, 50009, false, 40000, 40099)] // outside: ignored, the host range
    [InlineData(39000, 41000, false, 40000, 40099)] // around the host range: narrows nothing
    public async Task PortComesFromTheOverlapWithTheHostRange(int low, int high, bool expected, int lowestPort, int highestPort)
    {
        var result = await NamespaceRunner.RunScenarioAsync(ConnectWithARange, HundredPorts, low.ToString(), high.ToString());

        Assert.Equal([expected], result.Property("narrowed").EnumerateArray().Select(answer => answer.GetBoolean()).Distinct());
        Assert.InRange(result.Int("lowestLocalPort"), lowestPort, highestPort);
        Assert.InRange(result.Int("highestLocalPort"), lowestPort, highestPort);
        Assert.Equal(Connections, result.Int("connections"));
    }

    /// <summary>Arguments: the sockets' low and high port. Sets the range on each of ten sockets and connects them.</summary>
    internal static JsonObject ConnectWithARange(ScenarioContext context)
    {
        var low = int.Parse(context.Arguments[0]);
        var high = int.Parse(context.Arguments[1]);
        var narrowed = new JsonArray();
        var result = RawTcp.OpenUntilFailure(context, Connections, _ => HeadlineTests.Connect(
            new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp),
            socket => narrowed.Add(socket.SetLocalPortRange(low, high)),
            0));
        result["narrowed"] = narrowed;
        return result;
    }
}
