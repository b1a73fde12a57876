using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// One run of the Roslyn 4.8 host program (RoslynHost/) on the packed BindNoPort.Analyzers, extracted
/// as NuGet extracts it, and on <see cref="RoslynHostClient"/>; the tests read its JSON report.
/// </summary>
public sealed class RoslynHostRun(PackedFeed feed) : IAsyncLifetime
{
    private static readonly string HostPath = typeof(RoslynHostRun).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RoslynHostPath").Value!;

    /// <summary>The package's analyzers/dotnet/cs folder, extracted.</summary>
    public string AnalyzerFolder { get; private set; } = "";

    public ScenarioResult Result { get; private set; } = new(-1, "", "Not run yet.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(HostPath))
        {
            throw new InvalidOperationException($"The Roslyn host was not built: {HostPath}");
        }

        string root = Directory.CreateDirectory(Path.Combine(feed.Root, "roslyn-host")).FullName;
        ZipFile.ExtractToDirectory(feed.AnalyzersPackage, Path.Combine(root, "package"));
        AnalyzerFolder = Path.Combine(root, "package", "analyzers", "dotnet", "cs");
        string client = Path.Combine(root, RoslynHostClient.FileName);
        await File.WriteAllTextAsync(client, RoslynHostClient.Source).ConfigureAwait(false);
        Result = await DotnetCli.RunAsync(root, null, "exec", HostPath, AnalyzerFolder, client).ConfigureAwait(false);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
