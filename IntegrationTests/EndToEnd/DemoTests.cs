using System.Threading.Tasks;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>The README's first command, run as a reader runs it, so a broken demo fails the tests.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class DemoTests
{
    [Fact]
    public async Task Demo_reports_the_sample_client_fixes_it_and_leaves_no_BNP_diagnostic()
    {
        var demo = await DotnetCli.RunAsync(PackedFeed.RepositoryRoot(), null, "run", "--project", "samples/Demo", "-tl:off");

        Assert.True(demo.ExitCode == 0, demo.ToString());
        Assert.Contains("samples/Client/UpstreamProbe.cs(", demo.StandardOutput);
        Assert.Contains("warning BNP001: ", demo.StandardOutput);
        Assert.Contains("warning BNP002: ", demo.StandardOutput);
        Assert.Contains("(https://github.com/bindnoport/bindnoport/blob/main/docs/rules/BNP001.md)", demo.StandardOutput);
        Assert.Contains("+++ b/samples/Client/LegacyProbe.cs", demo.StandardOutput);
        Assert.Contains("internal static class SocketPortDeferral", demo.StandardOutput);
        Assert.Contains("The fixed code compiles with no errors.", demo.StandardOutput);
        Assert.Matches(@"BNP diagnostics before the fixes: [1-9][0-9]*; after: 0\.", demo.StandardOutput);
        Assert.DoesNotContain("DeferredPortProbe.cs(", demo.StandardOutput);
        Assert.DoesNotContain("StatusServer.cs(", demo.StandardOutput);
    }
}
