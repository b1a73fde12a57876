using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The consumer's program before and after dotnet format, run in a fresh network namespace with
/// P ephemeral ports and D loopback destinations (K2, K3): bound before connect it stops within P
/// connections; fixed it reaches P x D.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PortExhaustionEndToEndTests(PackedFeed feed)
{
    private static readonly PortRange Ports = new(40000, 40049);

    private static readonly IPEndPoint[] Destinations =
    [
        IPEndPoint.Parse("127.0.1.1:7000"),
        IPEndPoint.Parse("127.0.1.2:7000"),
        IPEndPoint.Parse("127.0.1.3:7000"),
    ];

    private static int PortsTimesDestinations => Ports.Count * Destinations.Length;

    [NamespaceTheory]
    [InlineData("socket")]
    [InlineData("tcpclient")]
    public async Task Unfixed_program_stops_within_the_port_range(string shape)
    {
        var run = await RunAsync(await feed.Unfixed, shape);

        Assert.InRange(run.Int("connections"), 1, Ports.Count);
        Assert.NotEqual("limit", run.Text("stoppedBy"));
    }

    [NamespaceTheory]
    [InlineData("socket")]
    [InlineData("tcpclient")]
    public async Task Program_fixed_by_dotnet_format_reaches_ports_times_destinations(string shape)
    {
        var run = await RunAsync(await feed.FixedWithoutRuntime, shape);

        Assert.Equal(PortsTimesDestinations, run.Int("connections"));
    }

    [NamespaceTheory]
    [InlineData("socket")]
    [InlineData("tcpclient")]
    public async Task Program_fixed_with_the_runtime_package_calls_the_helper_and_reaches_ports_times_destinations(string shape)
    {
        var project = await feed.FixedWithRuntime;
        string fixedSource = project.Read(ConsumerSources.ConnectionsFile);

        var run = await RunAsync(project, shape);

        Assert.Contains(shape == "socket" ? ".BindForConnect(" : "BoundTcpClient.Create(", fixedSource);
        Assert.Equal(PortsTimesDestinations, run.Int("connections"));
    }

    private static async Task<ScenarioResult> RunAsync(ConsumerProject project, string shape)
    {
        Assert.True(project.LastBuild!.ExitCode == 0, project.LastBuild.ToString());
        // The limit lies past P x D, so every run stops on the kernel's refusal, not on the limit.
        int limit = PortsTimesDestinations + Ports.Count;
        IEnumerable<string> arguments = [shape, limit.ToString(), .. Destinations.Select(destination => destination.ToString())];
        var setup = new NamespaceSetup { PortRange = Ports, Listeners = Destinations };

        var run = await NamespaceRunner.RunDotnetAsync(project.AssemblyPath, arguments, setup);

        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }
}
