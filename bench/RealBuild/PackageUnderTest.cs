using System;
using System.Globalization;
using System.IO;

namespace BindNoPort.Bench.RealBuild
{
    /// <summary>
    /// BindNoPort.Analyzers packed from this checkout into a folder of its own, under a version no NuGet cache holds
    /// yet, and the MSBuild file that makes a build reference it: what `dotnet add package` would add.
    /// </summary>
    public sealed class PackageUnderTest
    {
        private PackageUnderTest(string feed, string version, string referenceTargets)
        {
            Feed = feed;
            Version = version;
            ReferenceTargets = referenceTargets;
        }

        /// <summary>The folder holding the nupkg.</summary>
        public string Feed { get; }

        /// <summary>The package's version, unique to this run so that a cached copy of an older build is never used.</summary>
        public string Version { get; }

        /// <summary>A targets file, passed as CustomAfterMicrosoftCommonTargets, that adds the package reference and its source.</summary>
        public string ReferenceTargets { get; }

        /// <summary>Packs src/CodeFixes, which ships as BindNoPort.Analyzers, into <paramref name="workFolder"/>.</summary>
        public static PackageUnderTest Pack(string workFolder)
        {
            var version = "0.0.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            var feed = Path.Combine(workFolder, "feed");
            Directory.CreateDirectory(feed);
            var project = Path.Combine(RepositoryLayout.Root(), "src", "CodeFixes", "BindNoPort.CodeFixes.csproj");
            var result = Dotnet.Run(workFolder, "pack", project, "-c", "Release", "-o", feed, "-p:PackageVersion=" + version);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack of BindNoPort.Analyzers failed:\n" + result.Output);
            }

            var targets = Path.Combine(workFolder, "reference-bindnoport.targets");
            File.WriteAllText(targets, $"""
                <Project>
                  <ItemGroup>
                    <PackageReference Include="BindNoPort.Analyzers" Version="{version}" PrivateAssets="all" />
                  </ItemGroup>
                  <PropertyGroup>
                    <RestoreAdditionalProjectSources>$(RestoreAdditionalProjectSources);{feed}</RestoreAdditionalProjectSources>
                  </PropertyGroup>
                </Project>
                """);
            return new PackageUnderTest(feed, version, targets);
        }
    }
}
