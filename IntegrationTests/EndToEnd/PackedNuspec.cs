using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>A packed package's nuspec metadata and the files it names, read as nuget.org reads them.</summary>
internal sealed class PackedNuspec
{
    private readonly XElement metadata;

    private PackedNuspec(string nupkg, XElement metadata, string? readme)
    {
        FileName = Path.GetFileName(nupkg);
        this.metadata = metadata;
        Readme = readme;
    }

    public string FileName { get; }

    /// <summary>The text of the file the nuspec names as readme, or null when it names none or the package lacks it.</summary>
    public string? Readme { get; }

    public string? ReadmePath => Value("readme");

    public static PackedNuspec Read(string nupkg)
    {
        using var package = ZipFile.OpenRead(nupkg);
        var entry = package.Entries.Single(candidate => candidate.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !candidate.FullName.Contains('/'));
        XElement metadata;
        using (var stream = entry.Open())
        {
            metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        }

        string? readmePath = metadata.Elements().SingleOrDefault(element => element.Name.LocalName == "readme")?.Value;
        var readmeEntry = string.IsNullOrEmpty(readmePath) ? null : package.GetEntry(readmePath);
        string? readme = null;
        if (readmeEntry is not null)
        {
            using var reader = new StreamReader(readmeEntry.Open());
            readme = reader.ReadToEnd();
        }

        return new PackedNuspec(nupkg, metadata, readme);
    }

    /// <summary>The text of a metadata element: "tags", "releaseNotes", "projectUrl".</summary>
    public string? Value(string name) => Element(name)?.Value;

    public string? RepositoryUrl => Element("repository")?.Attribute("url")?.Value;

    private XElement? Element(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name);
}
