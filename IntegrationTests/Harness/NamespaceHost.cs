using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>
/// The program inside the namespace. <c>host &lt;spec&gt;</c> prepares a fresh namespace and runs a
/// scenario or a program; <c>sibling &lt;spec&gt;</c> runs a second scenario process in the same
/// namespace without touching its setup.
/// </summary>
public static class NamespaceHost
{
    internal const string HostVerb = "host";
    internal const string SiblingVerb = "sibling";

    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 2 || (args[0] != HostVerb && args[0] != SiblingVerb))
        {
            await Console.Error.WriteLineAsync($"usage: {HostVerb}|{SiblingVerb} <base64 spec>").ConfigureAwait(false);
            return 2;
        }

        var spec = HostSpec.Decode(args[1]);
        try
        {
            return args[0] == HostVerb ? await HostAsync(spec).ConfigureAwait(false) : await RunScenarioAsync(spec, []).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await Console.Error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> HostAsync(HostSpec spec)
    {
        if (spec.LoopbackUp)
        {
            LoopbackInterface.BringUp();
        }

        if (spec.PortRange is PortRange range)
        {
            WriteSysctl("net/ipv4/ip_local_port_range", range.ToString());
        }

        foreach (var (name, value) in spec.Sysctls)
        {
            WriteSysctl(name, value);
        }

        if (spec.RefuseBindAddressNoPortWith is int errno)
        {
            SetsockoptFault.RefuseBindAddressNoPort(errno);
        }

        var listeners = spec.ListenerEndPoints.Select(LoopbackListener.Start).ToList();
        var httpServers = spec.HttpServerEndPoints.Select(HoldingHttpServer.Start).ToList();
        try
        {
            return spec.Program is null
                ? await RunScenarioAsync(spec, httpServers).ConfigureAwait(false)
                : await RunProgramAsync(spec.Program, spec.Arguments).ConfigureAwait(false);
        }
        finally
        {
            listeners.ForEach(listener => listener.Dispose());
            httpServers.ForEach(server => server.Dispose());
        }
    }

    private static async Task<int> RunScenarioAsync(HostSpec spec, IReadOnlyList<HoldingHttpServer> httpServers)
    {
        var context = new ScenarioContext(spec, httpServers);
        var result = await ScenarioMethods.InvokeAsync(spec.ScenarioType!, spec.ScenarioMethod!, context).ConfigureAwait(false);
        context.Report(result);
        GC.KeepAlive(context);
        return 0;
    }

    private static async Task<int> RunProgramAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.BaseStream.CopyToAsync(Console.OpenStandardOutput());
        var error = process.StandardError.BaseStream.CopyToAsync(Console.OpenStandardError());
        await process.WaitForExitAsync().ConfigureAwait(false);
        await Task.WhenAll(output, error).ConfigureAwait(false);
        return process.ExitCode;
    }

    internal static void WriteSysctl(string name, string value) =>
        File.WriteAllText(Path.Combine("/proc/sys", name), value);
}

/// <summary>The namespace's loopback device, driven through iproute2 (sysfs shows the host's namespace, not ours).</summary>
public static class LoopbackInterface
{
    public static void BringUp()
    {
        var result = Ip("link", "set", "lo", "up");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("ip link set lo up failed: " + result.Error);
        }
    }

    /// <summary>Every link of this namespace as (name, whether its flags include UP).</summary>
    public static IReadOnlyList<(string Name, bool Up)> Links()
    {
        // One line per link: "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 ..."
        return Ip("-o", "link", "show").Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 3))
            .Select(parts => (parts[1].Trim(), parts[2].Split('>')[0].Split('<', ',').Contains("UP")))
            .ToList();
    }

    private static (int ExitCode, string Output, string Error) Ip(params string[] arguments)
    {
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start ip.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }
}
