using System;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>
/// The eight quizzes of Cloudflare's "quantum state of a TCP port" as seed 002 reruns them: one
/// ephemeral port (60000), a listener on port 1234, two sockets s1 then s2.
/// </summary>
public sealed class QuizTests
{
    internal const string Plain = "plain";
    internal const string Fixed = "fixed";

    internal static readonly NamespaceSetup OnePort = new()
    {
        PortRange = new PortRange(60000, 60000),
        Listeners = [new IPEndPoint(IPAddress.Any, 1234)],
    };

    [NamespaceTheory]
    [InlineData(1, Plain, "127.2.2.2:60000")] // distinct source addresses share the port
    [InlineData(2, Plain, "127.2.2.2:60000")] // an autobound port still serves a bound socket
    [InlineData(3, Fixed, "127.0.0.1:60000")] // s1 sets IP_BIND_ADDRESS_NO_PORT: plain connect shares the port
    [InlineData(4, Plain, "127.0.0.1:60000")] // two plain connects to distinct destinations share it
    [InlineData(5, Fixed, "127.0.0.1:60000")] // s1 sets IP_BIND_ADDRESS_NO_PORT
    [InlineData(6, Fixed, "127.0.0.1:60000")] // SO_REUSEADDR on both sockets
    [InlineData(7, Plain, "127.0.0.1:60000")] // quiz 6's fix without s1's bind
    public async Task Quiz_SecondSocketConnects(int quiz, string form, string secondLocal)
    {
        var result = await NamespaceRunner.RunScenarioAsync(RunQuiz, OnePort, quiz.ToString(), form);

        Assert.Null(result.Text("s1.failure"));
        Assert.EndsWith(":60000", result.Text("s1.local"));
        Assert.Null(result.Text("s2.failure"));
        Assert.Equal(secondLocal, result.Text("s2.local"));
    }

    [NamespaceTheory]
    [InlineData(3, "connect", "EADDRNOTAVAIL")] // s1's bind(127.1.1.1, 0) took the port from every destination
    [InlineData(5, "connect", "EADDRNOTAVAIL")] // even bind(127.0.0.1, 0), the address connect would pick
    [InlineData(6, "bind", "EADDRINUSE")] // the same explicit port twice without SO_REUSEADDR
    [InlineData(8, "connect", "EADDRNOTAVAIL")] // a plain connect after an SO_REUSEADDR bind: no fix exists
    public async Task Quiz_SecondSocketFailsAsTheWriteUpReports(int quiz, string failingCall, string errno)
    {
        var result = await NamespaceRunner.RunScenarioAsync(RunQuiz, OnePort, quiz.ToString(), Plain);

        Assert.Null(result.Text("s1.failure"));
        Assert.EndsWith(":60000", result.Text("s1.local"));
        Assert.Equal(failingCall, result.Text("s2.failure.operation"));
        Assert.Equal(errno, result.Text("s2.failure.errno"));
    }

    /// <summary>Arguments: the quiz number and the form, "plain" (the quiz) or "fixed" (the write-up's fix).</summary>
    internal static JsonObject RunQuiz(ScenarioContext context)
    {
        var quiz = int.Parse(context.Arguments[0]);
        var isFixed = context.Arguments[1] == Fixed;
        var (first, second) = Sockets(quiz, isFixed);
        return new JsonObject
        {
            ["s1"] = RawTcp.Describe(first, context),
            ["s2"] = RawTcp.Describe(second, context),
        };
    }

    private static (Func<LibcSocket> First, Func<LibcSocket> Second) Sockets(int quiz, bool isFixed) => quiz switch
    {
        1 => (() => RawTcp.Open(RawTcp.At("127.1.1.1", 0), RawTcp.At("127.9.9.9", 1234)),
              () => RawTcp.Open(RawTcp.At("127.2.2.2", 0), RawTcp.At("127.9.9.9", 1234))),
        2 => (() => RawTcp.Open(null, RawTcp.At("127.9.9.9", 1234)),
              () => RawTcp.Open(RawTcp.At("127.2.2.2", 0), RawTcp.At("127.9.9.9", 1234))),
        3 => (() => RawTcp.Open(RawTcp.At("127.1.1.1", 0), RawTcp.At("127.9.9.9", 1234), deferPort: isFixed),
              () => RawTcp.Open(null, RawTcp.At("127.9.9.9", 1234))),
        4 => (() => RawTcp.Open(null, RawTcp.At("127.8.8.8", 1234)),
              () => RawTcp.Open(null, RawTcp.At("127.9.9.9", 1234))),
        5 => (() => RawTcp.Open(RawTcp.At("127.0.0.1", 0), RawTcp.At("127.8.8.8", 1234), deferPort: isFixed),
              () => RawTcp.Open(null, RawTcp.At("127.9.9.9", 1234))),
        6 => (() => RawTcp.Open(RawTcp.At("127.0.0.1", 60000), RawTcp.At("127.8.8.8", 1234), reuseAddress: isFixed),
              () => RawTcp.Open(RawTcp.At("127.0.0.1", 60000), RawTcp.At("127.9.9.9", 1234), reuseAddress: isFixed)),
        7 => (() => RawTcp.Open(null, RawTcp.At("127.8.8.8", 1234), reuseAddress: true),
              () => RawTcp.Open(RawTcp.At("127.0.0.1", 60000), RawTcp.At("127.9.9.9", 1234), reuseAddress: true)),
        8 => (() => RawTcp.Open(RawTcp.At("127.0.0.1", 60000), RawTcp.At("127.9.9.9", 1234), reuseAddress: true),
              () => RawTcp.Open(null, RawTcp.At("127.8.8.8", 1234), reuseAddress: true)),
        _ => throw new ArgumentOutOfRangeException(nameof(quiz), quiz, "The write-up has quizzes 1 to 8."),
    };
}
