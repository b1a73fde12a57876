using System;
using System.Collections.Generic;
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
    public void Packed_analyzer_assemblies_reference_nothing_newer_than_a_Roslyn_4_8_host_ships()
    {
        using var package = ZipFile.OpenRead(feed.AnalyzersPackage);
        var assemblies = package.Entries.Where(entry => entry.FullName.StartsWith(AnalyzerFolder, StringComparison.Ordinal) && entry.Name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, assemblies.Count);
        // The code fixes reference the analyzers, which the host loads from the same folder.
        var shippedTogether = assemblies.Select(entry => Path.GetFileNameWithoutExtension(entry.Name)).ToHashSet(StringComparer.Ordinal);

        var beyondTheHost = new List<string>();
        foreach (var entry in assemblies)
        {
            var references = AssemblyReferences(entry);
            Assert.True(references.Any(reference => IsRoslyn(reference.Name)), $"{entry.Name} references no Microsoft.CodeAnalysis assembly: not an analyzer assembly.");
            foreach (var (name, version) in references.Where(reference => !shippedTogether.Contains(reference.Name)))
            {
                var newest = NewestShippedByRoslyn48Host(name);
                if (newest is null)
                {
                    beyondTheHost.Add($"{entry.Name} references {name} {version}, which a Roslyn 4.8 host does not ship.");
                }
                else if (version > newest)
                {
                    beyondTheHost.Add($"{entry.Name} references {name} {version}, newer than the {newest} a Roslyn 4.8 host ships.");
                }
            }
        }

        Assert.True(beyondTheHost.Count == 0, string.Join(Environment.NewLine, beyondTheHost));
    }

    /// <summary>
    /// The newest version of an assembly that every Roslyn 4.8 host (the .NET 8 SDK's compiler, Visual
    /// Studio 17.8) provides to analyzers, or null for one it does not provide.
    /// </summary>
    private static Version? NewestShippedByRoslyn48Host(string name) => name switch
    {
        "netstandard" => new Version(2, 0, 0, 0),
        "System.Collections.Immutable" or "System.Reflection.Metadata" => new Version(7, 0, 0, 0),
        _ when name == "System.Composition" || name.StartsWith("System.Composition.", StringComparison.Ordinal) => new Version(7, 0, 0, 0),
        _ when IsRoslyn(name) => new Version(4, 8, 0, 0),
        _ => null,
    };

    private static bool IsRoslyn(string name) => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal);

    private static (string Name, Version Version)[] AssemblyReferences(ZipArchiveEntry entry)
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
