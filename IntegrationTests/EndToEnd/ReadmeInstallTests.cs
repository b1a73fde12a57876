using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The README's install, format and adoption instructions, run as written on a new project that has never been
/// restored and references another package, in a folder that also holds a solution, with an empty package cache and
/// a user whose NuGet configuration knows only nuget.org.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReadmeInstallTests(PackedFeed feed)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Readme_install_then_format_work_on_a_new_project_with_another_package_beside_a_solution()
    {
        var user = NewUser("readme-install");
        var project = user.WriteProject();
        await user.RunAsync(project.Directory, "new", "sln", "--name", "Service");
        await user.RunAsync(project.Directory, "sln", "Service.sln", "add", project.File);

        foreach (var command in ReadmeCommands.Under("## Install").Where(line => !line.StartsWith("dotnet pack ", StringComparison.Ordinal)))
        {
            if (command.StartsWith("cd ", StringComparison.Ordinal))
            {
                continue;
            }

            var run = await user.RunAsync(command.StartsWith("dotnet nuget ", StringComparison.Ordinal) ? user.Root : project.Directory, ReadmeCommands.Words(command, user.Placeholders(project))[1..]);
            Assert.True(run.ExitCode == 0, $"{command}\n{run}");
        }

        var format = await user.RunAsync(project.Directory, ReadmeCommands.Words(ReadmeCommands.Starting("dotnet format analyzers path/to/MyService.csproj --diagnostics "), user.Placeholders(project))[1..]);
        Assert.True(format.ExitCode == 0, format.ToString());
        var build = await user.RunAsync(project.Directory, "build", project.File, "-tl:off", "-v:minimal", "--no-incremental");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(build.StandardOutput), diagnostic => diagnostic.Id.StartsWith("BNP", StringComparison.Ordinal) && diagnostic.Id != "BNP005");
        var verify = await user.RunAsync(project.Directory, ReadmeCommands.Words(ReadmeCommands.Starting("dotnet format analyzers path/to/MyService.csproj --verify-no-changes"), user.Placeholders(project))[1..]);
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    // What the README said before, and what a folder with a solution and a project does to a format command without one.
    [Fact]
    public async Task Add_package_with_source_alone_and_format_without_a_project_fail_where_the_readme_commands_work()
    {
        var user = NewUser("readme-old-commands");
        var project = user.WriteProject();
        await user.RunAsync(project.Directory, "new", "sln", "--name", "Service");

        var addWithSource = await user.RunAsync(project.Directory, "add", project.File, "package", "BindNoPort.Analyzers", "--source", feed.FeedDirectory);
        var formatWithoutProject = await user.RunAsync(project.Directory, "format", "analyzers", "--diagnostics", "BNP001", "--severity", "info");

        Assert.True(addWithSource.ExitCode != 0, addWithSource.ToString());
        Assert.Contains("NU1101", addWithSource.StandardOutput + addWithSource.StandardError);
        Assert.True(formatWithoutProject.ExitCode != 0, formatWithoutProject.ToString());
    }

    [Fact]
    public async Task Treat_warnings_as_errors_fails_on_the_findings_and_the_readmes_adoption_setting_keeps_them_warnings()
    {
        var user = NewUser("readme-adoption");
        var project = user.WriteProject(properties: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        await user.RunAsync(user.Root, ReadmeCommands.Words(ReadmeCommands.Starting("dotnet nuget add source "), user.Placeholders(project))[1..]);
        var add = await user.RunAsync(project.Directory, "add", project.File, "package", "BindNoPort.Analyzers");
        Assert.True(add.ExitCode == 0, add.ToString());

        var strict = await user.RunAsync(project.Directory, "build", project.File, "-tl:off", "-v:minimal");
        project.AddProperties(string.Join("\n", ReadmeCommands.Under("### Adopting the rules where warnings are errors", "xml").Where(line => !line.Contains("PropertyGroup", StringComparison.Ordinal))));
        var adopting = await user.RunAsync(project.Directory, "build", project.File, "-tl:off", "-v:minimal", "--no-incremental");

        Assert.True(strict.ExitCode != 0, strict.ToString());
        Assert.Contains(BuildDiagnostic.Parse(strict.StandardOutput), diagnostic => diagnostic.Id == "BNP001" && diagnostic.Severity == "error");
        Assert.True(adopting.ExitCode == 0, adopting.ToString());
        Assert.Contains(BuildDiagnostic.Parse(adopting.StandardOutput), diagnostic => diagnostic.Id == "BNP001" && diagnostic.Severity == "warning");
    }

    private ReadmeUser NewUser(string name) => new(Directory.CreateDirectory(Path.Combine(feed.Root, name)).FullName, feed.FeedDirectory);

    /// <summary>A user of their own: a home whose NuGet configuration is NuGet's default, and an empty package cache.</summary>
    private sealed class ReadmeUser(string root, string feedDirectory)
    {
        public string Root { get; } = root;

        private string Home => Directory.CreateDirectory(Path.Combine(Root, "home")).FullName;

        private string Packages => Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;

        public IReadOnlyDictionary<string, string> Placeholders(ServiceProject project) => new Dictionary<string, string>
        {
            ["~/bindnoport-packages"] = feedDirectory,
            ["path/to/MyService.csproj"] = project.File,
            ["path/to/your/project"] = project.Directory,
        };

        public ServiceProject WriteProject(string properties = "")
        {
            var directory = Directory.CreateDirectory(Path.Combine(Root, "Service")).FullName;
            var file = Path.Combine(directory, "Service.csproj");
            File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(file, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                    {properties}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(directory, "Program.cs"), ConsumerSources.Program);
            File.WriteAllText(Path.Combine(directory, ConsumerSources.ConnectionsFile), ConsumerSources.Connections);
            File.WriteAllText(Path.Combine(directory, ConsumerSources.OptionsFile), ConsumerSources.Options);
            return new ServiceProject(directory, file);
        }

        public async Task<ScenarioResult> RunAsync(string workingDirectory, params string[] arguments)
        {
            var start = DotnetCli.StartInfo(DotnetHost.Path, workingDirectory, Packages, arguments);
            start.Environment["HOME"] = Home;
            start.Environment["DOTNET_CLI_HOME"] = Home;
            return await ChildProcess.RunAsync(start, Timeout).ConfigureAwait(false);
        }
    }

    private sealed record ServiceProject(string Directory, string File)
    {
        public void AddProperties(string properties) =>
            System.IO.File.WriteAllText(File, System.IO.File.ReadAllText(File).Replace("  </PropertyGroup>", "    " + properties.Trim() + "\n  </PropertyGroup>", StringComparison.Ordinal));
    }
}
