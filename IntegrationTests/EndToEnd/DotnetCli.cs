using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// Runs the dotnet CLI as a user would, outside this test run: none of the MSBuild variables the
/// test host inherits, and no build nodes left behind. A consumer gets a package folder of its own,
/// so a package packed by this run is never confused with one of the same version cached before.
/// </summary>
internal static class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<ScenarioResult> RunAsync(string workingDirectory, string? packagesDirectory, params string[] arguments) =>
        await ChildProcess.RunAsync(StartInfo(DotnetHost.Path, workingDirectory, packagesDirectory, arguments), Timeout).ConfigureAwait(false);

    /// <summary>A program started as <see cref="RunAsync"/> starts the CLI: output captured, environment isolated.</summary>
    public static ProcessStartInfo StartInfo(string program, string workingDirectory, string? packagesDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        IsolateFromThisRun(start, packagesDirectory);
        return start;
    }

    /// <summary>
    /// Gives a process the CLI starts, or one that runs MSBuild of its own, the environment of a user's shell:
    /// no MSBuild variable of the build that started this test run, English messages, no telemetry, and no
    /// build node that outlives it and holds its output pipes open.
    /// </summary>
    public static void IsolateFromThisRun(ProcessStartInfo start, string? packagesDirectory)
    {
        foreach (var name in InheritedBuildVariables())
        {
            start.Environment.Remove(name);
        }

        if (packagesDirectory is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesDirectory;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
    }

    private static List<string> InheritedBuildVariables()
    {
        var names = new List<string>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
