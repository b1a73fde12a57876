using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The packages as a user receives them: BindNoPort.Analyzers and BindNoPort.Runtime packed once per
/// test run into a local feed in a temporary directory, with the consumer projects built from it.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    public PackedFeed()
    {
        Root = Directory.CreateTempSubdirectory("bindnoport-e2e-").FullName;
        FeedDirectory = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        PackagesDirectory = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
    }

    /// <summary>The temporary directory holding the feed, the consumers' package folder and every consumer project.</summary>
    public string Root { get; }

    public string FeedDirectory { get; }

    /// <summary>NUGET_PACKAGES of every consumer: fresh, so nothing packed before this run is used.</summary>
    public string PackagesDirectory { get; }

    /// <summary>The version both packages were packed with.</summary>
    public string Version { get; private set; } = "";

    /// <summary>A consumer's nuget.config: the local feed, then nuget.org for everything else.</summary>
    public string NuGetConfig => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{FeedDirectory}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    public string AnalyzersPackage => Path.Combine(FeedDirectory, $"BindNoPort.Analyzers.{Version}.nupkg");

    public string RuntimePackage => Path.Combine(FeedDirectory, $"BindNoPort.Runtime.{Version}.nupkg");

    /// <summary>The consumer as written, built once with a SARIF log: its BNP warnings, its unfixed program.</summary>
    public Task<ConsumerProject> Unfixed { get; private set; } = Task.FromException<ConsumerProject>(new InvalidOperationException("Not packed yet."));

    /// <summary>A consumer without the runtime package after dotnet format applied the fixes, then built.</summary>
    public Task<ConsumerProject> FixedWithoutRuntime { get; private set; } = Task.FromException<ConsumerProject>(new InvalidOperationException("Not packed yet."));

    /// <summary>A consumer referencing BindNoPort.Runtime too, after dotnet format, then built.</summary>
    public Task<ConsumerProject> FixedWithRuntime { get; private set; } = Task.FromException<ConsumerProject>(new InvalidOperationException("Not packed yet."));

    public async Task InitializeAsync()
    {
        // The two packages share no project, so they pack side by side.
        await Task.WhenAll(PackAsync("src/CodeFixes/BindNoPort.CodeFixes.csproj"), PackAsync("src/Runtime/BindNoPort.Runtime.csproj")).ConfigureAwait(false);
        const string prefix = "BindNoPort.Analyzers.";
        string analyzers = Directory.GetFiles(FeedDirectory, prefix + "*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(analyzers).Substring(prefix.Length);

        // Much of a dotnet command is start-up and restore, which overlap well; the tests await what they need.
        Unfixed = BuildUnfixedAsync();
        FixedWithoutRuntime = FormatAndBuildAsync("fixed", withRuntime: false);
        FixedWithRuntime = FormatAndBuildAsync("fixed-with-runtime", withRuntime: true);
    }

    public async Task DisposeAsync()
    {
        // A filtered run may not have awaited every consumer; none may still write into Root.
        try
        {
            await Task.WhenAll(Unfixed, FixedWithoutRuntime, FixedWithRuntime).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Their failures belong to the tests that await them.
        }

        Directory.Delete(Root, recursive: true);
    }

    private async Task PackAsync(string project)
    {
        // Packing builds in the repository with its own restore; only consumers get the fresh package folder.
        var pack = await DotnetCli.RunAsync(RepositoryRoot(), null, "pack", project, "-c", "Release", "-o", FeedDirectory, "-tl:off", "-v:minimal").ConfigureAwait(false);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack {project} failed.{Environment.NewLine}{pack}");
        }
    }

    private async Task<ConsumerProject> BuildUnfixedAsync()
    {
        var project = ConsumerProject.Create(this, "unfixed", withRuntime: false);
        await project.BuildAsync("-p:ErrorLog=" + project.SarifLogPath + "%2Cversion=2.1").ConfigureAwait(false);
        return project;
    }

    private async Task<ConsumerProject> FormatAndBuildAsync(string name, bool withRuntime)
    {
        var project = ConsumerProject.Create(this, name, withRuntime);
        var format = await project.FormatAsync().ConfigureAwait(false);
        if (format.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet format failed in {project.Directory}.{Environment.NewLine}{format}");
        }

        await project.BuildAsync().ConfigureAwait(false);
        return project;
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Analyzers.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>The end-to-end tests share one packed feed and run one after another: each builds with the whole machine.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackedFeed>, ICollectionFixture<AuditToolInstall>
{
    public const string Name = "End to end";
}
