using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>
/// Tmds.LibC ships Linux assemblies only: the runtime must not load it unless it runs as Linux. A fresh process drives
/// every entry point through engines for Windows and for other systems, then one call as Linux, and reports when
/// the assembly appeared.
/// </summary>
public sealed class LibcLoadingTests
{
    [NamespaceFact]
    public async Task OnlyTheLinuxPathLoadsTmdsLibC()
    {
        var result = await NamespaceRunner.RunScenarioAsync(DriveEachPlatform, HeadlineTests.TcpSetup);

        Assert.False(result.Flag("loadedAtStart"));
        Assert.False(result.Flag("windows.loaded"));
        Assert.False(result.Flag("other.loaded"));
        Assert.True(result.Flag("windows.bound"));
        Assert.True(result.Flag("other.bound"));
        Assert.True(result.Flag("linux.deferred"));
        Assert.True(result.Flag("linux.loaded"));
    }

    internal static JsonObject DriveEachPlatform(ScenarioContext context) => new()
    {
        ["loadedAtStart"] = TmdsLibCLoaded(),
        ["windows"] = Drive(SocketPlatform.Windows),
        ["other"] = Drive(SocketPlatform.Other),
        ["linux"] = Drive(SocketPlatform.Linux),
    };

    private static JsonObject Drive(SocketPlatform platform)
    {
        var engine = new PortDeferralEngine(SocketOptionBackend.For(platform), platform);
        _ = engine.IsSupported && engine.IsLocalPortRangeSupported;
        using var deferred = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        engine.SetLocalPortRange(deferred, 40005, 40010);
        var isDeferred = engine.DeferPortToConnect(deferred);
        using var bound = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        engine.BindForConnect(bound, new IPEndPoint(HeadlineTests.Source, 0));
        return new JsonObject
        {
            ["deferred"] = isDeferred,
            ["bound"] = bound.IsBound,
            ["loaded"] = TmdsLibCLoaded(),
        };
    }

    private static bool TmdsLibCLoaded() =>
        AppDomain.CurrentDomain.GetAssemblies().Any(assembly => assembly.GetName().Name == "Tmds.LibC");
}
