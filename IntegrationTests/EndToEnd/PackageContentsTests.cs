using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>What is inside the packed packages, read as NuGet and the compiler read them.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PackageContentsTests(PackedFeed feed)
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    /// <summary>The Roslyn the package is built against: the .NET 8 SDK and Visual Studio 17.8 carry it.</summary>
    private static readonly Version NewestRoslynAllowed = new(4, 8, 0, 0);

    [Fact]
    public void Analyzer_package_carries_both_assemblies_as_analyzers_only_with_no_dependencies()
    {
        using var package = ZipFile.OpenRead(feed.AnalyzersPackage);
        var entries = package.Entries.Select(entry => entry.FullName).ToList();
        var metadata = Nuspec(package);

        Assert.Equal(
            new[] { AnalyzerFolder + "BindNoPort.Analyzers.dll", AnalyzerFolder + "BindNoPort.CodeFixes.dll" },
            entries.Where(name => name.EndsWith(".dll", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entries, name => name.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Contains("README.md", entries);
        Assert.Equal("true", Element(metadata, "developmentDependency")?.Value);
        Assert.Equal("README.md", Element(metadata, "readme")?.Value);
        Assert.Null(Element(metadata, "dependencies"));
        Assert.Null(Element(metadata, "icon"));
    }

    [Fact]
    public void Runtime_package_targets_net8_and_netstandard2_with_the_same_version()
    {
        using var package = ZipFile.OpenRead(feed.RuntimePackage);
        var entries = package.Entries.Select(entry => entry.FullName).ToList();
        var metadata = Nuspec(package);

        Assert.Contains("lib/net8.0/BindNoPort.Runtime.dll", entries);
        Assert.Contains("lib/netstandard2.0/BindNoPort.Runtime.dll", entries);
        Assert.Equal("README.md", Element(metadata, "readme")?.Value);
        Assert.Equal(feed.Version, Element(metadata, "version")?.Value);
    }

    [Fact]
    public void Packed_analyzer_assemblies_reference_no_Roslyn_newer_than_4_8()
    {
        using var package = ZipFile.OpenRead(feed.AnalyzersPackage);
        var assemblies = package.Entries.Where(entry => entry.FullName.StartsWith(AnalyzerFolder, StringComparison.Ordinal) && entry.Name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, assemblies.Count);

        foreach (var entry in assemblies)
        {
            var roslynReferences = RoslynReferences(entry);
            Assert.True(roslynReferences.Length > 0, $"{entry.Name} references no Microsoft.CodeAnalysis assembly: not an analyzer assembly.");
            foreach (var (name, version) in roslynReferences)
            {
                Assert.True(version <= NewestRoslynAllowed, $"{entry.Name} references {name} {version}, newer than {NewestRoslynAllowed}.");
            }
        }
    }

    private static (string Name, Version Version)[] RoslynReferences(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var zipped = entry.Open())
        {
            zipped.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (Name: metadata.GetString(reference.Name), reference.Version))
            .Where(reference => reference.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToArray();
    }

    private static XElement Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(candidate => candidate.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !candidate.FullName.Contains('/'));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
    }

    private static XElement? Element(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name);
}
