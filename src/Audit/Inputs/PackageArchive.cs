using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NuGet.Packaging;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// The lib assemblies of a .nupkg for the framework restore would pick for the runtime the audit runs on (NuGet's
    /// own reader and framework rules), extracted to a scratch folder. Its dependencies are not in it, so its
    /// decompiled code compiles against the framework only.
    /// </summary>
    internal static class PackageArchive
    {
        public static IReadOnlyList<AuditedAssembly> Read(string nupkgPath, string scratchFolder) =>
            UnreadableInput.Guard(nupkgPath, "a NuGet package", () =>
            {
                using var reader = new PackageArchiveReader(nupkgPath);
                var identity = reader.GetIdentity();
                var package = new PackageIdentity(identity.Id, identity.Version.ToNormalizedString());
                var libs = reader.GetLibItems().ToArray();
                var nearest = AuditFramework.Nearest(libs.Select(group => group.TargetFramework));
                // The framework folder's own assemblies: a culture subfolder holds resources of the same names.
                var items = libs.FirstOrDefault(group => group.TargetFramework.Equals(nearest))?.Items
                    .Where(item => item.EndsWith(".dll", System.StringComparison.OrdinalIgnoreCase) && item.Count(character => character == '/') == 2)
                    .ToArray();
                if (nearest is null || items is null || items.Length == 0)
                {
                    var shipped = libs.Length == 0 ? "no lib/ assemblies" : "lib/ assemblies for " + string.Join(", ", libs.Select(group => group.TargetFramework.GetShortFolderName()));
                    throw new AuditInputException($"{nupkgPath} has nothing to audit for {AuditFramework.Runtime.GetShortFolderName()}: it ships {shipped}.");
                }

                var folder = Directory.CreateDirectory(Path.Combine(scratchFolder, package.Id + "." + package.Version, nearest.GetShortFolderName())).FullName;
                var paths = items.Select(item => reader.ExtractFile(item, Path.Combine(folder, Path.GetFileName(item)), NuGet.Common.NullLogger.Instance)).ToImmutableArray();
                return paths.Select(path => new AuditedAssembly(path, package, paths)).ToArray();
            });
    }
}
