using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// csharp-ls, the Roslyn language server that Neovim, Helix, Emacs and other LSP editors start:
/// installed as a dotnet tool of a pinned version, run over stdio on one folder, killed with
/// every process it started when disposed.
/// </summary>
internal sealed class CSharpLanguageServer : IDisposable
{
    public const string Version = "0.28.0";

    private const int StandardErrorLinesKept = 40;

    private readonly Process process;
    private readonly ConcurrentQueue<string> standardError = new();

    private CSharpLanguageServer(Process process, Func<string, JsonNode?, JsonNode?> answerServerRequest)
    {
        this.process = process;
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginErrorReadLine();
        Connection = new LspConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, answerServerRequest);
    }

    public LspConnection Connection { get; }

    /// <summary>The server's log lines of late, for a failure message.</summary>
    public string StandardErrorTail => string.Join(Environment.NewLine, standardError);

    /// <summary>Installs the server into <paramref name="toolDirectory"/>, resolving it with the NuGet sources of <paramref name="workingDirectory"/>.</summary>
    public static async Task<string> InstallAsync(string toolDirectory, string workingDirectory)
    {
        var install = await DotnetCli.RunAsync(workingDirectory, null, "tool", "install", "csharp-ls", "--version", Version, "--tool-path", toolDirectory).ConfigureAwait(false);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool install csharp-ls {Version} failed.{Environment.NewLine}{install}");
        }

        return Path.Combine(toolDirectory, "csharp-ls");
    }

    /// <summary>
    /// Starts the server in <paramref name="workspaceDirectory"/>, where it looks for the project to
    /// load, with the package folder the project was restored into.
    /// </summary>
    public static CSharpLanguageServer Start(string executable, string workspaceDirectory, string packagesDirectory, Func<string, JsonNode?, JsonNode?> answerServerRequest)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workspaceDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // The server loads the project with MSBuild of its own, which must not inherit this run's settings.
        DotnetCli.IsolateFromThisRun(start, packagesDirectory);

        // The tool's apphost and the server's MSBuild locator both look for the SDK this run uses.
        string dotnetRoot = Path.GetDirectoryName(new FileInfo(DotnetHost.Path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? DotnetHost.Path)!;
        start.Environment["DOTNET_ROOT"] = dotnetRoot;
        start.Environment["PATH"] = dotnetRoot + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        return new CSharpLanguageServer(process, answerServerRequest);
    }

    public void Dispose()
    {
        // The server and the build hosts it starts end here; the test has what it needs by now.
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        standardError.Enqueue(line);
        while (standardError.Count > StandardErrorLinesKept && standardError.TryDequeue(out _))
        {
        }
    }
}
