using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>
/// Runs code in a fresh user and network namespace
/// (<c>unshare --user --map-root-user --net</c>): the namespace host (this test assembly, run as a
/// program) applies a <see cref="NamespaceSetup"/>, then runs either a scenario method of this
/// assembly or any program, and hands back its standard output.
/// </summary>
public static class NamespaceRunner
{
    /// <summary>How long one namespace may live before its process tree is killed.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Runs a named static scenario method of this assembly inside a new namespace and returns the
    /// JSON it printed. Throws <see cref="NamespaceRunException"/> when the host does not exit with 0.
    /// </summary>
    public static Task<ScenarioResult> RunScenarioAsync(Func<ScenarioContext, JsonObject> scenario, NamespaceSetup setup, params string[] arguments) =>
        RunScenarioAsync(scenario.Method, setup, arguments);

    /// <inheritdoc cref="RunScenarioAsync(Func{ScenarioContext, JsonObject}, NamespaceSetup, string[])"/>
    public static Task<ScenarioResult> RunScenarioAsync(Func<ScenarioContext, Task<JsonObject>> scenario, NamespaceSetup setup, params string[] arguments) =>
        RunScenarioAsync(scenario.Method, setup, arguments);

    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="arguments"/> as a child of the namespace
    /// host, after the setup; the host's servers live until the program exits. Returns the program's
    /// exit code and output whatever the exit code.
    /// </summary>
    public static Task<ScenarioResult> RunProgramAsync(string program, IEnumerable<string> arguments, NamespaceSetup setup, TimeSpan? timeout = null)
    {
        var spec = HostSpec.From(setup);
        spec.Program = program;
        spec.Arguments = [.. arguments];
        return RunHostAsync(spec, timeout ?? DefaultTimeout);
    }

    /// <summary>Runs a framework-dependent .NET program (<c>dotnet exec app.dll args</c>) like <see cref="RunProgramAsync"/>.</summary>
    public static Task<ScenarioResult> RunDotnetAsync(string assemblyPath, IEnumerable<string> arguments, NamespaceSetup setup, TimeSpan? timeout = null) =>
        RunProgramAsync(DotnetHost.Path, ["exec", assemblyPath, .. arguments], setup, timeout);

    private static async Task<ScenarioResult> RunScenarioAsync(MethodInfo method, NamespaceSetup setup, string[] arguments)
    {
        var spec = HostSpec.From(setup);
        (spec.ScenarioType, spec.ScenarioMethod) = ScenarioMethods.Describe(method);
        spec.Arguments = [.. arguments];
        var result = await RunHostAsync(spec, DefaultTimeout).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new NamespaceRunException($"Scenario {spec.ScenarioType}.{spec.ScenarioMethod} failed.", result);
        }

        return result;
    }

    private static async Task<ScenarioResult> RunHostAsync(HostSpec spec, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("unshare")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--user", "--map-root-user", "--net", "--", .. DotnetHost.SelfArguments, NamespaceHost.HostVerb, spec.Encode()])
        {
            start.ArgumentList.Add(argument);
        }

        return await ChildProcess.RunAsync(start, timeout).ConfigureAwait(false);
    }
}

/// <summary>A namespace host or scenario that did not finish cleanly; the message carries its output.</summary>
public sealed class NamespaceRunException(string message, ScenarioResult result) : Exception(message + Environment.NewLine + result)
{
    public ScenarioResult Result { get; } = result;
}

/// <summary>Where the dotnet muxer is and how to start this assembly as a program.</summary>
internal static class DotnetHost
{
    public static string Path { get; } = Locate();

    /// <summary>The command line that starts this assembly's <see cref="NamespaceHost.Main"/>.</summary>
    public static IReadOnlyList<string> SelfArguments { get; } = [Path, "exec", typeof(DotnetHost).Assembly.Location];

    private static string Locate()
    {
        // The SDK exports the muxer it runs under; test hosts and plain programs fall back to PATH.
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var current = Environment.ProcessPath;
        if (current is not null && System.IO.Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(directory, "dotnet");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The dotnet muxer is neither in DOTNET_HOST_PATH nor on PATH.");
    }
}

/// <summary>Starts a process, collects its output, and kills its whole tree when it overstays.</summary>
internal static class ChildProcess
{
    public static async Task<ScenarioResult> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
            var killed = new ScenarioResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
            throw new NamespaceRunException($"{start.FileName} {string.Join(' ', start.ArgumentList)} ran longer than {timeout} and was killed.", killed);
        }

        return new ScenarioResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}
