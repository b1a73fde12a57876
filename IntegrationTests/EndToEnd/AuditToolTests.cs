using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// bindnoport audit, installed from the local feed, on a project whose dependencies bind before they connect
/// (MailKit 4.18.2, DotNetty.Transport 0.7.6) and connect without binding (Npgsql 10.0.3, MySqlConnector 2.6.2).
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class AuditToolTests(AuditToolInstall tool, ITestOutputHelper output)
{
    private const string MailServiceLocalEndPoint = "MailKit.MailService.LocalEndPoint";
    private const string ProxyClientLocalEndPoint = "MailKit.Net.Proxy.ProxyClient.LocalEndPoint";
    private const string BootstrapLocalAddress = "DotNetty.Transport.Bootstrapping.AbstractBootstrap<TBootstrap, TChannel>.LocalAddress(System.Net.EndPoint localAddress), parameter localAddress";
    private const string BootstrapConnect = "DotNetty.Transport.Bootstrapping.Bootstrap.ConnectAsync(System.Net.EndPoint remoteAddress, System.Net.EndPoint localAddress), parameter localAddress";

    [Fact]
    public async Task Sarif_names_the_binds_of_MailKit_and_DotNetty_with_their_ways_in_and_nothing_of_the_database_drivers()
    {
        var sarif = Path.Combine(tool.Root, "audit.sarif");
        var (result, elapsed) = await tool.RunAsync("audit", tool.ConsumerProject, "--format", "sarif", "--output", sarif);
        output.WriteLine($"bindnoport audit --format sarif on the consumer: {elapsed.TotalSeconds:F1} s");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Contains(rules, rule => rule.GetProperty("id").GetString() == "BNP001");
        Assert.All(rules, rule => Assert.Matches(@"/docs/rules/BNP\d{3}\.md$", rule.GetProperty("helpUri").GetString()));

        var results = run.GetProperty("results").EnumerateArray().Select(Read).ToArray();
        Assert.Equal(
            new[]
            {
                "DotNetty.Transport 0.7.6 BNP001 DotNetty.Transport.Channels.Sockets.TcpSocketChannel.DoBind",
                "DotNetty.Transport 0.7.6 BNP001 DotNetty.Transport.Channels.Sockets.TcpSocketChannel.DoConnect",
                "MailKit 4.18.2 BNP001 MailKit.Net.SocketUtils.Connect",
                "MailKit 4.18.2 BNP001 MailKit.Net.SocketUtils.ConnectAsync",
            },
            results.Select(found => $"{found.Package} {found.Version} {found.RuleId} {found.Member}").OrderBy(line => line, StringComparer.Ordinal));

        Assert.All(results.Where(found => found.Package == "MailKit"), found =>
        {
            Assert.Contains(MailServiceLocalEndPoint, found.EntryPoints);
            Assert.Contains(ProxyClientLocalEndPoint, found.EntryPoints);
        });
        var connect = results.Single(found => found.Member.EndsWith(".DoConnect", StringComparison.Ordinal));
        Assert.Contains(BootstrapLocalAddress, connect.EntryPoints);
        Assert.Contains(BootstrapConnect, connect.EntryPoints);
        Assert.DoesNotContain(results, found => found.Package is "Npgsql" or "MySqlConnector");
    }

    [Fact]
    public async Task Table_shows_each_package_its_binds_and_the_setting_that_leads_there()
    {
        var (result, _) = await tool.RunAsync("audit", tool.ConsumerProject, "--no-progress");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("MailKit 4.18.2", result.StandardOutput);
        Assert.Contains("DotNetty.Transport 0.7.6", result.StandardOutput);
        Assert.Contains("socket.Bind(localEndPoint);", result.StandardOutput);
        Assert.Contains("4 finding(s) in 2 package(s).", result.StandardOutput);
        Assert.DoesNotContain("Npgsql", result.StandardOutput);
        Assert.DoesNotContain("MySqlConnector", result.StandardOutput);
    }

    [Fact]
    public async Task Bad_input_exits_two_with_what_to_do()
    {
        var (missing, _) = await tool.RunAsync("audit", Path.Combine(tool.Root, "missing", "Service.csproj"));
        var unrestored = Path.Combine(tool.Root, "unrestored", "Service.csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(unrestored)!);
        File.WriteAllText(unrestored, "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var (notRestored, _) = await tool.RunAsync("audit", unrestored);

        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("does not exist", missing.StandardError);
        Assert.True(notRestored.ExitCode == 2, notRestored.ToString());
        Assert.Contains($"run `dotnet restore {unrestored}` first", notRestored.StandardError);
    }

    [Fact]
    public async Task Installed_command_names_itself_and_exits_two_on_usage_damaged_packages_and_failed_restores()
    {
        var folder = Directory.CreateDirectory(Path.Combine(tool.Root, "damaged")).FullName;
        var package = Path.Combine(folder, "Broken.1.0.0.nupkg");
        File.WriteAllBytes(package, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);
        var failedRestore = Path.Combine(folder, "Service.csproj");
        File.WriteAllText(failedRestore, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MailKit" Version="999.0.0" />
              </ItemGroup>
            </Project>
            """);
        var restore = await DotnetCli.RunAsync(folder, tool.PackagesDirectory, "restore", failedRestore);

        var (noCommand, _) = await tool.RunAsync();
        var (help, _) = await tool.RunAsync("--help");
        var (damaged, _) = await tool.RunAsync("audit", package);
        var (notRestored, _) = await tool.RunAsync("audit", failedRestore);

        Assert.True(noCommand.ExitCode == 2, noCommand.ToString());
        Assert.Contains("usage: bindnoport audit PATH", noCommand.StandardError);
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("bindnoport [command] [options]", help.StandardOutput);
        Assert.DoesNotContain("BindNoPort.Audit", help.StandardOutput);
        Assert.True(damaged.ExitCode == 2, damaged.ToString());
        Assert.StartsWith($"error: {package} cannot be read as a NuGet package", damaged.StandardError);
        Assert.DoesNotContain("   at ", damaged.StandardError);
        Assert.True(restore.ExitCode != 0, restore.ToString());
        Assert.True(notRestored.ExitCode == 2, notRestored.ToString());
        Assert.StartsWith($"error: {failedRestore} did not restore: NU1102", notRestored.StandardError);
    }

    private static (string Package, string Version, string RuleId, string Member, string[] EntryPoints) Read(JsonElement result)
    {
        var properties = result.GetProperty("properties");
        var member = result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString()!;
        return (
            properties.GetProperty("package").GetString()!,
            properties.GetProperty("packageVersion").GetString()!,
            result.GetProperty("ruleId").GetString()!,
            member[..member.IndexOf('(')],
            properties.GetProperty("entryPoints").EnumerateArray().Select(entry => entry.GetString()!).ToArray());
    }
}
