using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The audit tool as a user gets it: BindNoPort.Audit packed into a local feed, installed with
/// <c>dotnet tool install --tool-path</c>, and a consumer project that references MailKit, DotNetty.Transport,
/// Npgsql and MySqlConnector restored from the registry.
/// </summary>
public sealed class AuditToolInstall : IAsyncLifetime
{
    private static readonly TimeSpan AuditTimeout = TimeSpan.FromMinutes(5);

    public AuditToolInstall()
    {
        Root = Directory.CreateTempSubdirectory("bindnoport-audit-e2e-").FullName;
        FeedDirectory = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        PackagesDirectory = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        ToolDirectory = Path.Combine(Root, "tools");
        ConsumerProject = Path.Combine(Root, "consumer", "Consumer.csproj");
    }

    public string Root { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    public string ToolDirectory { get; }

    /// <summary>The restored consumer whose dependencies are audited.</summary>
    public string ConsumerProject { get; }

    public async Task InitializeAsync()
    {
        var pack = await DotnetCli.RunAsync(PackedFeed.RepositoryRoot(), null, "pack", "src/Audit/BindNoPort.Audit.csproj", "-c", "Release", "-o", FeedDirectory, "-tl:off", "-v:minimal").ConfigureAwait(false);
        Check(pack, "dotnet pack src/Audit");
        const string prefix = "BindNoPort.Audit.";
        var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(FeedDirectory, prefix + "*.nupkg").Single())[prefix.Length..];

        var install = await DotnetCli.RunAsync(Root, PackagesDirectory, "tool", "install", "BindNoPort.Audit", "--version", version, "--tool-path", ToolDirectory, "--add-source", FeedDirectory).ConfigureAwait(false);
        Check(install, "dotnet tool install BindNoPort.Audit");

        Directory.CreateDirectory(Path.GetDirectoryName(ConsumerProject)!);
        File.WriteAllText(ConsumerProject, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MailKit" Version="4.18.2" />
                <PackageReference Include="DotNetty.Transport" Version="0.7.6" />
                <PackageReference Include="Npgsql" Version="10.0.3" />
                <PackageReference Include="MySqlConnector" Version="2.6.2" />
              </ItemGroup>
            </Project>
            """);
        var restore = await DotnetCli.RunAsync(Path.GetDirectoryName(ConsumerProject)!, PackagesDirectory, "restore", ConsumerProject).ConfigureAwait(false);
        Check(restore, "dotnet restore of the consumer");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Runs the installed <c>bindnoport</c> command, its output redirected as in CI.</summary>
    public async Task<(ScenarioResult Result, TimeSpan Elapsed)> RunAsync(params string[] arguments)
    {
        var start = DotnetCli.StartInfo(Path.Combine(ToolDirectory, "bindnoport"), Root, PackagesDirectory, arguments);
        // The tool's launcher finds the runtime through DOTNET_ROOT, as a user's shell with the SDK on PATH sets it.
        var muxer = new FileInfo(DotnetHost.Path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? DotnetHost.Path;
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(muxer);
        var clock = Stopwatch.StartNew();
        var result = await ChildProcess.RunAsync(start, AuditTimeout).ConfigureAwait(false);
        return (result, clock.Elapsed);
    }

    private static void Check(ScenarioResult result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed.{Environment.NewLine}{result.StandardOutput}{Environment.NewLine}{result.StandardError}");
        }
    }
}
