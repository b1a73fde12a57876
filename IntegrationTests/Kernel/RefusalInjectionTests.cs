using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Tmds.Linux;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>
/// The degrade-once rule on a real kernel: a seccomp filter in the scenario's process makes the kernel refuse
/// IP_BIND_ADDRESS_NO_PORT with a chosen errno and counts each time it is asked. ENOPROTOOPT, EOPNOTSUPP and EINVAL
/// mean "unsupported": asked once for the process, then every bind is a plain one. Any other errno is thrown as the
/// kernel gave it and asked again next time.
/// </summary>
public sealed class RefusalInjectionTests
{
    private static readonly Dictionary<string, int> Errnos = new()
    {
        ["ENOPROTOOPT"] = LibC.ENOPROTOOPT,
        ["EOPNOTSUPP"] = LibC.EOPNOTSUPP,
        ["EINVAL"] = LibC.EINVAL,
        ["EPERM"] = LibC.EPERM,
        ["ENOBUFS"] = LibC.ENOBUFS,
    };

    private static int Limit => (HeadlineTests.Ports * HeadlineTests.Destinations) + HeadlineTests.Destinations;

    [NamespaceTheory]
    [InlineData("ENOPROTOOPT")]
    [InlineData("EOPNOTSUPP")]
    [InlineData("EINVAL")]
    public async Task UnsupportedAnswer_IsAskedOnceThenEveryBindIsPlain(string errno)
    {
        var result = await NamespaceRunner.RunScenarioAsync(ConnectWhileTheKernelRefusesTheOption, HeadlineTests.TcpSetup, errno);

        Assert.Equal(errno, result.Text("libcControl"));
        Assert.False(result.Flag("deferPortToConnect"));
        Assert.Null(result.Text("deferFailure"));
        Assert.False(result.Flag("isSupportedAfterFirst"));
        Assert.Equal(0, result.Int("deferredBinds"));
        Assert.False(result.Flag("isSupportedAtEnd"));
        Assert.Equal(1, result.Int("libraryCalls"));
        AssertPlainBindCounts(result);
        Assert.True(result.Flag("portRangeStillSet"));
    }

    [NamespaceTheory]
    [InlineData("EPERM", "Operation not permitted")]
    [InlineData("ENOBUFS", "No buffer space available")]
    public async Task OtherAnswer_IsThrownWithItsErrnoAndAskedEveryTime(string errno, string message)
    {
        var result = await NamespaceRunner.RunScenarioAsync(ConnectWhileTheKernelRefusesTheOption, HeadlineTests.TcpSetup, errno);

        Assert.Equal(errno, result.Text("libcControl"));
        Assert.Equal(errno, result.Text("deferFailure.errno"));
        Assert.Equal(Errnos[errno], result.Int("deferFailure.nativeErrorCode"));
        Assert.Equal(message, result.Text("deferFailure.message"));
        Assert.True(result.Flag("isSupportedAfterFirst"));
        // BindForConnect binds anyway (nginx's rule), asking again for each of the P + 1 sockets it binds.
        Assert.Equal(0, result.Int("deferredBinds"));
        Assert.True(result.Flag("isSupportedAtEnd"));
        Assert.Equal(1 + HeadlineTests.Ports + 1, result.Int("libraryCalls"));
        AssertPlainBindCounts(result);
        Assert.True(result.Flag("portRangeStillSet"));
    }

    [NamespaceTheory]
    [InlineData("ENOPROTOOPT")]
    [InlineData("EINVAL")]
    public async Task UnsupportedAnswer_IsAskedOnceEvenWhenSixteenThreadsBindTogether(string errno)
    {
        var result = await NamespaceRunner.RunScenarioAsync(BindFromSixteenThreadsWhileTheKernelRefuses, HeadlineTests.TcpSetup, errno);

        Assert.Equal(1, result.Int("libraryCalls"));
        Assert.Equal(16, result.Int("bound"));
        Assert.Equal(0, result.Int("deferred"));
        Assert.False(result.Flag("isSupported"));
    }

    /// <summary>Argument: the errno name. Sixteen threads, started together, each BindForConnect one socket.</summary>
    internal static JsonObject BindFromSixteenThreadsWhileTheKernelRefuses(ScenarioContext context)
    {
        const int Threads = 16;
        var fault = SetsockoptFault.Install(RawTcp.SolIp, RawTcp.IpBindAddressNoPort, Errnos[context.Arguments[0]]);
        var local = new IPEndPoint(HeadlineTests.Source, 0);
        var deferred = 0;
        var bound = 0;
        var sockets = Enumerable.Range(0, Threads).Select(_ => context.Hold(new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))).ToList();
        using var start = new Barrier(Threads);
        var threads = sockets.Select(socket => new Thread(() =>
        {
            start.SignalAndWait();
            Interlocked.Add(ref deferred, socket.BindForConnect(local) ? 1 : 0);
            Interlocked.Add(ref bound, socket.IsBound ? 1 : 0);
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        return new JsonObject
        {
            ["libraryCalls"] = fault.Calls,
            ["bound"] = bound,
            ["deferred"] = deferred,
            ["isSupported"] = PortDeferral.IsSupported,
        };
    }

    /// <summary>
    /// Argument: the errno name. Installs the fault, then: one libc setsockopt as a control, DeferPortToConnect on a
    /// fresh socket, BindForConnect and connect until the first failure, and IP_LOCAL_PORT_RANGE, which the filter leaves alone.
    /// </summary>
    internal static JsonObject ConnectWhileTheKernelRefusesTheOption(ScenarioContext context)
    {
        var fault = SetsockoptFault.Install(RawTcp.SolIp, RawTcp.IpBindAddressNoPort, Errnos[context.Arguments[0]]);
        var result = new JsonObject
        {
            ["libcControl"] = SocketOutcome.Try(() =>
            {
                using var socket = LibcSocket.Tcp();
                socket.SetOption(RawTcp.SolIp, RawTcp.IpBindAddressNoPort, 1);
            }),
        };
        var callsBeforeLibrary = fault.Calls;

        using (var first = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            try
            {
                result["deferPortToConnect"] = first.DeferPortToConnect();
                result["deferFailure"] = null;
            }
            catch (SocketException exception)
            {
                var failure = SocketOutcome.Failure("DeferPortToConnect", exception);
                failure["nativeErrorCode"] = exception.NativeErrorCode;
                result["deferFailure"] = failure;
            }
        }

        result["isSupportedAfterFirst"] = PortDeferral.IsSupported;
        var local = new IPEndPoint(HeadlineTests.Source, 0);
        var deferred = 0;
        result["bindForConnect"] = RawTcp.OpenUntilFailure(context, Limit, i => HeadlineTests.Connect(
            new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp),
            socket => deferred += socket.BindForConnect(local) ? 1 : 0,
            i));
        result["deferredBinds"] = deferred;
        result["isSupportedAtEnd"] = PortDeferral.IsSupported;
        result["libraryCalls"] = fault.Calls - callsBeforeLibrary;

        using var narrowed = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        result["portRangeStillSet"] = narrowed.SetLocalPortRange(40005, 40010);
        return result;
    }

    // As a bind without the option (HeadlineTests' raw-bind): one connection per port, then bind fails.
    private static void AssertPlainBindCounts(ScenarioResult result)
    {
        Assert.Equal(HeadlineTests.Ports, result.Int("bindForConnect.connections"));
        Assert.Equal(HeadlineTests.Ports, result.Int("bindForConnect.distinctLocalPorts"));
        Assert.Equal("bind", result.Text("bindForConnect.failure.operation"));
        Assert.Equal("EADDRINUSE", result.Text("bindForConnect.failure.errno"));
    }
}
