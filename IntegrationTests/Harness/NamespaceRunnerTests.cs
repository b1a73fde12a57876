using System;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>The runner itself: any program runs after the setup, inside a namespace of its own.</summary>
public sealed class NamespaceRunnerTests
{
    [NamespaceFact]
    public async Task RunProgramAsync_RunsAnyProgramAfterTheSetupAndReturnsItsOutput()
    {
        var setup = new NamespaceSetup
        {
            PortRange = new PortRange(40000, 40019),
            Listeners = [new IPEndPoint(IPAddress.Parse("127.9.9.9"), 8080)],
        };

        // /proc/net/tcp lists listeners as hex address:port; state 0A is LISTEN.
        var result = await NamespaceRunner.RunProgramAsync(
            "sh",
            ["-c", "cat /proc/sys/net/ipv4/ip_local_port_range; ip -o link show; grep -c ' 0909097F:1F90 00000000:0000 0A ' /proc/net/tcp; exit 3"],
            setup);

        Assert.Equal(3, result.ExitCode);
        var lines = result.StandardOutput.Split('\n');
        Assert.Equal("40000\t40019", lines[0]);
        Assert.Contains("lo: <LOOPBACK,UP,LOWER_UP>", lines[1]);
        Assert.Equal("1", lines[2]);
        Assert.Equal(4, lines.Length);
    }

    [NamespaceFact]
    public async Task RunScenarioAsync_ThrowsWithTheScenariosErrorWhenItFails()
    {
        var failure = await Assert.ThrowsAsync<NamespaceRunException>(() => NamespaceRunner.RunScenarioAsync(FailOnPurpose, new NamespaceSetup()));

        Assert.Equal(1, failure.Result.ExitCode);
        Assert.Contains("the scenario failed on purpose", failure.Result.StandardError);
    }

    [Fact]
    public async Task RunScenarioAsync_RejectsALambdaBecauseTheNamespaceHostCannotFindIt()
    {
        var count = 0;
        var rejection = await Assert.ThrowsAsync<ArgumentException>(() => NamespaceRunner.RunScenarioAsync(_ => new JsonObject { ["count"] = count }, new NamespaceSetup()));

        Assert.Contains("named static method", rejection.Message);
    }

    internal static JsonObject FailOnPurpose(ScenarioContext context) => throw new InvalidOperationException("the scenario failed on purpose");
}
