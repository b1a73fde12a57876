using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// The lib assemblies of a .nupkg, for the newest framework it ships for that this runtime can load, extracted
    /// to a scratch folder. Its dependencies are not in it, so its decompiled code compiles against the framework only.
    /// </summary>
    internal static class PackageArchive
    {
        private static readonly Regex LibFolder = new(@"^lib/(?<tfm>[^/]+)/(?<file>[^/]+\.dll)$", RegexOptions.IgnoreCase);

        public static IEnumerable<AuditedAssembly> Read(string nupkgPath, string scratchFolder)
        {
            using var archive = ZipFile.OpenRead(nupkgPath);
            var nuspec = archive.Entries.FirstOrDefault(entry => entry.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase) && !entry.FullName.Contains('/'))
                ?? throw new AuditInputException($"{nupkgPath} is not a NuGet package: it has no .nuspec.");
            XDocument manifest;
            using (var stream = nuspec.Open())
            {
                manifest = XDocument.Load(stream);
            }

            var metadata = manifest.Root?.Elements().FirstOrDefault(element => element.Name.LocalName == "metadata");
            var package = new PackageIdentity(
                metadata?.Elements().FirstOrDefault(element => element.Name.LocalName == "id")?.Value ?? Path.GetFileNameWithoutExtension(nupkgPath),
                metadata?.Elements().FirstOrDefault(element => element.Name.LocalName == "version")?.Value ?? "");

            var libs = archive.Entries
                .Select(entry => (Entry: entry, Match: LibFolder.Match(entry.FullName.Replace('\\', '/'))))
                .Where(candidate => candidate.Match.Success)
                .GroupBy(candidate => candidate.Match.Groups["tfm"].Value, StringComparer.OrdinalIgnoreCase)
                .ToArray();
            var best = libs.Where(group => Preference(group.Key) > 0).OrderByDescending(group => Preference(group.Key)).FirstOrDefault();
            if (best is null)
            {
                return Array.Empty<AuditedAssembly>();
            }

            var folder = Directory.CreateDirectory(Path.Combine(scratchFolder, package.Id + "." + package.Version, best.Key)).FullName;
            var paths = best.Select(candidate =>
            {
                var path = Path.Combine(folder, candidate.Match.Groups["file"].Value);
                candidate.Entry.ExtractToFile(path, overwrite: true);
                return path;
            }).ToImmutableArray();
            return paths.Select(path => new AuditedAssembly(path, package, paths)).ToArray();
        }

        // netX.Y up to this runtime's version first, newest first; then netstandard; never a framework this runtime cannot load.
        private static double Preference(string tfm)
        {
            var match = Regex.Match(tfm, @"^net(coreapp)?(?<version>\d+\.\d+)$", RegexOptions.IgnoreCase);
            if (match.Success)
            {
                var version = Version.Parse(match.Groups["version"].Value);
                return version <= new Version(Environment.Version.Major, Environment.Version.Minor) ? 100 + version.Major + (version.Minor / 10.0) : 0;
            }

            return tfm.ToLowerInvariant() switch
            {
                "netstandard2.1" => 50,
                "netstandard2.0" => 40,
                _ => 0,
            };
        }
    }
}
