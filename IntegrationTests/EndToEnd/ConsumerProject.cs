using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// A console project outside the repository that takes BindNoPort from the local feed, as a user's
/// would: its own nuget.config, and an empty Directory.Build.props so nothing of ours leaks in.
/// </summary>
public sealed class ConsumerProject
{
    public const string ProjectFile = "Consumer.csproj";

    private readonly PackedFeed feed;

    private ConsumerProject(PackedFeed feed, string directory)
    {
        this.feed = feed;
        Directory = directory;
    }

    public string Directory { get; }

    public string SarifLogPath => Path.Combine(Directory, "build.sarif");

    public string AssemblyPath => Path.Combine(Directory, "bin", "Debug", "net10.0", "Consumer.dll");

    /// <summary>The output of the last build.</summary>
    public ScenarioResult? LastBuild { get; private set; }

    public IReadOnlyList<BuildDiagnostic> LastBuildDiagnostics => BuildDiagnostic.Parse(LastBuild?.StandardOutput ?? "");

    public static ConsumerProject Create(PackedFeed feed, string name, bool withRuntime, string? editorConfig = null)
    {
        string directory = System.IO.Directory.CreateDirectory(Path.Combine(feed.Root, name)).FullName;
        var project = new ConsumerProject(feed, directory);
        project.Write("nuget.config", feed.NuGetConfig);
        project.Write("Directory.Build.props", "<Project />\n");
        project.Write(".editorconfig", "root = true\n\n[*.cs]\n" + (editorConfig ?? ""));
        string runtimeReference = withRuntime ? $"""<PackageReference Include="BindNoPort.Runtime" Version="{feed.Version}" />""" : "";
        project.Write(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <AssemblyName>Consumer</AssemblyName>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BindNoPort.Analyzers" Version="{feed.Version}" />
                {runtimeReference}
              </ItemGroup>
            </Project>
            """);
        project.Write("Program.cs", ConsumerSources.Program);
        project.Write(ConsumerSources.ConnectionsFile, ConsumerSources.Connections);
        project.Write(ConsumerSources.OptionsFile, ConsumerSources.Options);
        return project;
    }

    public string Read(string file) => File.ReadAllText(Path.Combine(Directory, file));

    public async Task<ScenarioResult> BuildAsync(params string[] arguments)
    {
        LastBuild = await DotnetCli.RunAsync(Directory, feed.PackagesDirectory, ["build", ProjectFile, "-tl:off", "-v:minimal", "-clp:NoSummary", .. arguments]).ConfigureAwait(false);
        return LastBuild;
    }

    /// <summary>What a user runs to apply every BNP fix across the project.</summary>
    public Task<ScenarioResult> FormatAsync(params string[] arguments) =>
        DotnetCli.RunAsync(Directory, feed.PackagesDirectory, ["format", "analyzers", ProjectFile, "--diagnostics", "BNP001", "BNP002", "BNP003", "BNP004", "--severity", "info", .. arguments]);

    /// <summary>Writes a file into the project's folder, where the SDK compiles every .cs file.</summary>
    public void Write(string file, string content) => File.WriteAllText(Path.Combine(Directory, file), content);
}
