using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>The netstandard2.0 build of BindNoPort.Runtime (setsockopt through libc), loaded by a program of its own.</summary>
public sealed class NetStandardBuildTests
{
    private static readonly string ProbePath = typeof(NetStandardBuildTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "NetStandardProbePath").Value!;

    private static readonly string[] Arguments =
    [
        HeadlineTests.Source.ToString(),
        ((HeadlineTests.Ports * HeadlineTests.Destinations) + HeadlineTests.Destinations).ToString(),
        .. Enumerable.Range(0, HeadlineTests.Destinations).Select(i => HeadlineTests.Destination(i).ToString()),
    ];

    [NamespaceFact]
    public async Task NetStandardBuild_ReachesPortsTimesDestinations()
    {
        Assert.True(File.Exists(ProbePath), $"The probe was not built: {ProbePath}");

        var result = await NamespaceRunner.RunDotnetAsync(ProbePath, Arguments, HeadlineTests.TcpSetup);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(".NETStandard,Version=v2.0", result.Text("runtimeTarget"));
        Assert.Null(result.Text("refusal"));
        Assert.True(result.Flag("isSupported"));
        Assert.True(result.Flag("deferredEvery"));
        Assert.Equal(HeadlineTests.Ports * HeadlineTests.Destinations, result.Int("connections"));
        Assert.Equal(HeadlineTests.Ports, result.Int("distinctLocalPorts"));
        Assert.Equal("connect", result.Text("failure.operation"));
        Assert.Equal("AddressNotAvailable", result.Text("failure.socketError"));
    }

    [NamespaceTheory]
    [InlineData(1, "Operation not permitted")]     // EPERM, which the old libc import reported as "Unknown socket error"
    [InlineData(105, "No buffer space available")] // ENOBUFS
    public async Task NetStandardBuild_ThrowsTheKernelsErrnoAndStillBinds(int errno, string message)
    {
        var result = await NamespaceRunner.RunDotnetAsync(ProbePath, Arguments, HeadlineTests.TcpSetup with { RefuseBindAddressNoPortWith = errno });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(errno, result.Int("refusal.nativeErrorCode"));
        Assert.Equal(message, result.Text("refusal.message"));
        Assert.True(result.Flag("isSupported"));
        Assert.False(result.Flag("deferredEvery"));
        Assert.Equal(HeadlineTests.Ports, result.Int("connections"));
        Assert.Equal("bind", result.Text("failure.operation"));
    }
}
