using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace BindNoPort.Bench.Audit
{
    /// <summary>
    /// A service's dependencies as the audit meets them: a project with 50 package references of the kinds a
    /// backend ships (drivers, messaging, mail, cloud SDKs, logging, serialization), restored from the registry
    /// once into a folder of its own.
    /// </summary>
    internal static class DependencySet
    {
        public static readonly (string Id, string Version)[] Packages =
        {
            ("AWSSDK.S3", "4.1.0"), ("Akka.Remote", "1.5.74"), ("AutoMapper", "14.0.0"), ("Azure.Storage.Blobs", "12.30.1"),
            ("BCrypt.Net-Next", "4.2.0"), ("Confluent.Kafka", "2.16.0"), ("CsvHelper", "34.0.0"), ("Dapper", "2.1.86"),
            ("DotNetty.Codecs", "0.7.6"), ("DotNetty.Handlers", "0.7.6"), ("DotNetty.Transport", "0.7.6"), ("Elasticsearch.Net", "7.17.5"),
            ("FluentValidation", "12.2.0"), ("Google.Protobuf", "3.36.2"), ("Grpc.Net.Client", "2.85.0"), ("Hangfire.Core", "1.8.25"),
            ("Humanizer.Core", "3.0.10"), ("MQTTnet", "5.2.0.1603"), ("MailKit", "4.18.2"), ("Markdig", "1.6.0"),
            ("MediatR", "5.1.0"), ("Microsoft.Data.SqlClient", "7.1.1"), ("Microsoft.EntityFrameworkCore.Sqlite", "10.0.15"),
            ("Microsoft.Extensions.Caching.Memory", "11.0.0"), ("Microsoft.Extensions.Configuration.Json", "11.0.0"),
            ("Microsoft.Extensions.DependencyInjection", "11.0.0"), ("Microsoft.Extensions.Hosting", "11.0.0"), ("Microsoft.Extensions.Http", "11.0.0"),
            ("Microsoft.Extensions.Logging", "11.0.0"), ("Microsoft.IdentityModel.Tokens", "8.23.0"), ("MongoDB.Driver", "3.14.0"),
            ("MySqlConnector", "2.6.2"), ("NATS.Client", "1.1.8"), ("NEST", "7.17.5"), ("NLog", "6.2.2"), ("Newtonsoft.Json", "13.0.4"),
            ("NodaTime", "3.3.7"), ("Npgsql", "10.0.3"), ("Npgsql.EntityFrameworkCore.PostgreSQL", "10.0.3"), ("OpenTelemetry", "1.20.1"),
            ("Polly", "8.9.1"), ("Quartz", "4.7.3"), ("RabbitMQ.Client", "7.2.2"), ("SSH.NET", "2026.0.0"), ("Serilog", "4.4.0"),
            ("Serilog.Sinks.Console", "6.1.1"), ("SixLabors.ImageSharp", "2.1.13"), ("StackExchange.Redis", "3.4.35"),
            ("System.IdentityModel.Tokens.Jwt", "8.23.0"), ("System.Reactive", "7.0.0"),
        };

        /// <summary>The restored project, restoring it first when this machine has not.</summary>
        public static string Restored()
        {
            var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "bindnoport-bench-dependency-set")).FullName;
            var project = Path.Combine(folder, "DependencySet.csproj");
            var references = string.Join(Environment.NewLine, Packages.Select(package => $"    <PackageReference Include=\"{package.Id}\" Version=\"{package.Version}\" />"));
            File.WriteAllText(project, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <NoWarn>NU1603;NU1608;NU1701;NU1902;NU1903;NU1904</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                {references}
                  </ItemGroup>
                </Project>
                """);
            if (!File.Exists(Path.Combine(folder, "obj", "project.assets.json")))
            {
                var restore = Process.Start(new ProcessStartInfo("dotnet", $"restore \"{project}\"") { WorkingDirectory = folder })!;
                restore.WaitForExit();
                if (restore.ExitCode != 0)
                {
                    throw new InvalidOperationException($"dotnet restore {project} failed with exit code {restore.ExitCode}.");
                }
            }

            return project;
        }
    }
}
