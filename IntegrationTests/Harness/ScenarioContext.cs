using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>What a scenario sees inside its namespace.</summary>
public sealed class ScenarioContext
{
    private readonly HostSpec spec;
    private readonly List<IDisposable> held = [];

    internal ScenarioContext(HostSpec spec, IReadOnlyList<HoldingHttpServer> httpServers)
    {
        this.spec = spec;
        HttpServers = httpServers;
    }

    public IReadOnlyList<string> Arguments => spec.Arguments;

    public PortRange? PortRange => spec.PortRange;

    /// <summary>The setup's listeners; they accept and hold connections (empty in a sibling, which shares the host's).</summary>
    public IReadOnlyList<IPEndPoint> Listeners => spec.ListenerEndPoints;

    /// <summary>The setup's HTTP servers, running in this process (empty in a sibling).</summary>
    public IReadOnlyList<HoldingHttpServer> HttpServers { get; }

    /// <summary>Keeps a socket (or anything disposable) alive until the process ends, so the port it holds stays held.</summary>
    public T Hold<T>(T resource)
        where T : IDisposable
    {
        held.Add(resource);
        return resource;
    }

    /// <summary>Closes everything held so far.</summary>
    public void ReleaseHeld()
    {
        held.ForEach(resource => resource.Dispose());
        held.Clear();
    }

    /// <summary>Prints one JSON line on standard output now (a sibling's way to talk to its parent).</summary>
    public void Report(JsonObject report)
    {
        Console.Out.WriteLine(report.ToJsonString());
        Console.Out.Flush();
    }

    /// <summary>The next line the parent sent, or null when it closed standard input.</summary>
    public string? ReadLineFromParent() => Console.In.ReadLine();

    /// <summary>Starts another scenario as a separate process in this same namespace.</summary>
    public SiblingProcess StartSibling(Func<ScenarioContext, JsonObject> scenario, params string[] arguments) =>
        StartSibling(scenario.Method, arguments);

    private SiblingProcess StartSibling(MethodInfo method, string[] arguments)
    {
        var (type, name) = ScenarioMethods.Describe(method);
        var siblingSpec = new HostSpec
        {
            PortLow = spec.PortLow,
            PortHigh = spec.PortHigh,
            ScenarioType = type,
            ScenarioMethod = name,
            Arguments = [.. arguments],
        };
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in DotnetHost.SelfArguments.Skip(1).Append(NamespaceHost.SiblingVerb).Append(siblingSpec.Encode()))
        {
            start.ArgumentList.Add(argument);
        }

        return new SiblingProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the sibling process."));
    }
}

/// <summary>A scenario process started by another in the same namespace, spoken to line by line.</summary>
public sealed class SiblingProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> error;

    internal SiblingProcess(Process process)
    {
        this.process = process;
        error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The next JSON line the sibling reported.</summary>
    public async Task<JsonObject> ReadReportAsync()
    {
        var line = await process.StandardOutput.ReadLineAsync().ConfigureAwait(false);
        if (line is null)
        {
            await process.WaitForExitAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"The sibling exited with {process.ExitCode} before reporting: {await error.ConfigureAwait(false)}");
        }

        return JsonNode.Parse(line)!.AsObject();
    }

    public async Task SendLineAsync(string line)
    {
        await process.StandardInput.WriteLineAsync(line).ConfigureAwait(false);
        await process.StandardInput.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Closes the sibling's input, waits for it to exit, and returns its last report.</summary>
    public async Task<JsonObject> FinishAsync()
    {
        process.StandardInput.Close();
        var report = await ReadReportAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The sibling exited with {process.ExitCode}: {await error.ConfigureAwait(false)}");
        }

        return report;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }
}
