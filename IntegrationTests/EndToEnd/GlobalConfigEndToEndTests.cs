using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// A solution whose shared library binds the socket it is given, and a service that calls it and then connects, both
/// from the packed packages: the analyzer cannot see into the library until <c>bindnoport globalconfig</c> writes
/// what it does and the build is given that file; then the service's call is reported and its fix compiles.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class GlobalConfigEndToEndTests(PackedFeed feed, AuditToolInstall tool, ITestOutputHelper output)
{
    private const string BindingHelper = "M:Helpers.SocketExtensions.BindToLocal(System.Net.Sockets.Socket,System.Net.IPAddress)";

    private const string Program = """
        using System.Net;
        using System.Net.Sockets;
        using Helpers;

        static class Program
        {
            static void Main(string[] args)
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.BindToLocal(IPAddress.Loopback);
                socket.Connect(new IPEndPoint(IPAddress.Loopback, int.Parse(args[0])));
            }
        }
        """;

    [Fact]
    public async Task The_helpers_bind_is_reported_in_the_service_with_the_generated_globalconfig_and_the_fix_compiles()
    {
        var root = Directory.CreateDirectory(Path.Combine(feed.Root, "solution-with-helpers")).FullName;
        WriteSolution(root);
        var service = Path.Combine(root, "Service");
        var configFile = Path.Combine(service, "bindnoport.globalconfig");

        var before = await BuildAsync(service);
        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(before.StandardOutput), diagnostic => diagnostic.Id.StartsWith("BNP", StringComparison.Ordinal));

        var (generated, elapsed) = await tool.RunAsync("globalconfig", Path.Combine(service, "Service.csproj"), "-o", configFile);
        output.WriteLine($"bindnoport globalconfig: {elapsed.TotalSeconds:F1} s{Environment.NewLine}{generated}");
        Assert.True(generated.ExitCode == 1, generated.ToString());
        Assert.Contains("dotnet_code_quality.socket_binding_methods = " + BindingHelper, File.ReadAllText(configFile));

        var reported = await BuildAsync(service);
        var bind = Assert.Single(BuildDiagnostic.Parse(reported.StandardOutput), diagnostic => diagnostic.Id.StartsWith("BNP", StringComparison.Ordinal));
        Assert.Equal(("BNP001", "Program.cs", LineOf("socket.BindToLocal(")), (bind.Id, Path.GetFileName(bind.File), bind.Line));

        var format = await DotnetCli.RunAsync(service, feed.PackagesDirectory, "format", "analyzers", "Service.csproj", "--diagnostics", "BNP001", "--severity", "info");
        Assert.True(format.ExitCode == 0, format.ToString());
        var fixedProgram = File.ReadAllText(Path.Combine(service, "Program.cs"));
        Assert.True(fixedProgram.IndexOf("SetRawSocketOption(0, 24", StringComparison.Ordinal) is var option && option > 0 && option < fixedProgram.IndexOf("socket.BindToLocal(", StringComparison.Ordinal), fixedProgram);

        var after = await BuildAsync(service);
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.DoesNotContain(BuildDiagnostic.Parse(after.StandardOutput), diagnostic => diagnostic.Id.StartsWith("BNP", StringComparison.Ordinal) || diagnostic.Severity == "error");
    }

    private Task<ScenarioResult> BuildAsync(string project) =>
        DotnetCli.RunAsync(project, feed.PackagesDirectory, "build", "Service.csproj", "-tl:off", "-v:minimal", "-clp:NoSummary");

    private static int LineOf(string text) => Program.Split('\n').Select((line, index) => (line, index)).First(pair => pair.line.Contains(text, StringComparison.Ordinal)).index + 1;

    private void WriteSolution(string root)
    {
        Write(root, "nuget.config", feed.NuGetConfig);
        Write(root, "Directory.Build.props", "<Project />\n");
        Write(root, ".editorconfig", "root = true\n");
        Write(root, "Helpers/Helpers.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        Write(root, "Helpers/SocketExtensions.cs", """
            using System.Net;
            using System.Net.Sockets;

            namespace Helpers
            {
                public static class SocketExtensions
                {
                    public static void BindToLocal(this Socket socket, IPAddress address) => socket.Bind(new IPEndPoint(address, 0));
                }
            }
            """);
        Write(root, "Service/Service.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Helpers/Helpers.csproj" />
                <PackageReference Include="BindNoPort.Analyzers" Version="{feed.Version}" />
                <GlobalAnalyzerConfigFiles Include="bindnoport.globalconfig" Condition="Exists('bindnoport.globalconfig')" />
              </ItemGroup>
            </Project>
            """);
        Write(root, "Service/Program.cs", Program);
    }

    private static void Write(string root, string file, string content)
    {
        var path = Path.Combine(root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
