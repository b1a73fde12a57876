using System;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>K8: a process that binds without the option takes its ports from every other process.</summary>
public sealed class StarvationTests
{
    [NamespaceFact]
    public async Task K8_ProcessesBindingWithoutTheOptionStarveThoseUsingIt()
    {
        var result = await NamespaceRunner.RunScenarioAsync(StarveAcrossProcesses, HeadlineTests.TcpSetup);

        Assert.NotEqual(result.Int("pid"), result.Int("sibling.pid"));
        Assert.Equal(HeadlineTests.Ports, result.Int("sibling.held"));
        Assert.Equal(0, result.Int("whileHeld.connections"));
        Assert.Equal("EADDRNOTAVAIL", result.Text("whileHeld.failure.errno"));
        Assert.Equal(HeadlineTests.Ports, result.Int("siblingFinished.released"));
        Assert.Equal(HeadlineTests.Ports * HeadlineTests.Destinations, result.Int("afterRelease.connections"));
    }

    /// <summary>A second process binds the whole range without the option; this one, using it, gets nothing until it lets go.</summary>
    internal static async Task<JsonObject> StarveAcrossProcesses(ScenarioContext context)
    {
        var local = new IPEndPoint(HeadlineTests.Source, 0);
        var limit = (HeadlineTests.Ports * HeadlineTests.Destinations) + HeadlineTests.Destinations;
        using var sibling = context.StartSibling(HoldBoundPorts);
        var siblingReport = await sibling.ReadReportAsync();
        var whileHeld = RawTcp.OpenUntilFailure(context, limit, i => RawTcp.Open(local, HeadlineTests.Destination(i), deferPort: true));
        var siblingFinished = await sibling.FinishAsync();
        var afterRelease = RawTcp.OpenUntilFailure(context, limit, i => RawTcp.Open(local, HeadlineTests.Destination(i), deferPort: true));
        return new JsonObject
        {
            ["pid"] = Environment.ProcessId,
            ["sibling"] = siblingReport,
            ["whileHeld"] = whileHeld,
            ["siblingFinished"] = siblingFinished,
            ["afterRelease"] = afterRelease,
        };
    }

    /// <summary>
    /// Binds 127.2.2.2:0 without the option and connects until the range runs out, reports, and holds
    /// until the parent closes its input. Closing with linger 0 resets the connections, so no
    /// TIME_WAIT keeps the ports after it lets go.
    /// </summary>
    internal static JsonObject HoldBoundPorts(ScenarioContext context)
    {
        var held = RawTcp.OpenUntilFailure(context, HeadlineTests.Ports + 1, i =>
        {
            var socket = RawTcp.Open(RawTcp.At("127.2.2.2", 0), HeadlineTests.Destination(i));
            socket.ResetOnClose();
            return socket;
        });
        context.Report(new JsonObject { ["pid"] = Environment.ProcessId, ["held"] = held["connections"]!.GetValue<int>() });
        while (context.ReadLineFromParent() is not null)
        {
        }

        context.ReleaseHeld();
        return new JsonObject { ["released"] = held["connections"]!.GetValue<int>() };
    }
}
