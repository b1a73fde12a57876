using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NuGet.Common;
using NuGet.ProjectModel;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// The package assemblies a restored project runs with, transitive ones included, read from its
    /// obj/project.assets.json with NuGet's own reader: for each target framework, each package's runtime assets.
    /// A restore that logged errors is refused: what it left in the file is not what the project ships.
    /// </summary>
    internal static class ProjectAssets
    {
        public static IEnumerable<AuditedAssembly> Read(string projectPath) => Assemblies(RestoredLockFile(projectPath));

        /// <summary>
        /// The package assemblies, and the built assemblies of the projects it references (from their bin folders, the
        /// newest build): a solution's shared libraries, which its analyzers see only as metadata.
        /// </summary>
        public static IEnumerable<AuditedAssembly> ReadWithProjectReferences(string projectPath)
        {
            var lockFile = RestoredLockFile(projectPath);
            var packages = Assemblies(lockFile).ToList();
            return packages.Concat(ProjectReferenceOutputs.Of(lockFile, projectPath, packages.Select(package => package.Path).ToImmutableArray()));
        }

        // The project's assets file, read once; refused when it is missing or restore logged an error in it.
        private static LockFile RestoredLockFile(string projectPath)
        {
            var assetsPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(projectPath))!, "obj", "project.assets.json");
            if (!File.Exists(assetsPath))
            {
                throw new AuditInputException($"{projectPath} has not been restored ({assetsPath} does not exist): run `dotnet restore {projectPath}` first.");
            }

            var lockFile = ReadLockFile(assetsPath);
            var restoreError = lockFile.LogMessages.FirstOrDefault(message => message.Level == LogLevel.Error);
            if (restoreError is not null)
            {
                var more = lockFile.LogMessages.Count(message => message.Level == LogLevel.Error) - 1;
                throw new AuditInputException(
                    $"{projectPath} did not restore: {restoreError.Code}: {UnreadableInput.FirstLine(restoreError.Message)}"
                    + (more > 0 ? $" (and {more} more error(s))" : "")
                    + $"; fix the restore (`dotnet restore {projectPath}`) first.");
            }

            return lockFile;
        }

        private static LockFile ReadLockFile(string assetsPath)
        {
            // NuGet's reader logs a file it cannot parse and hands back an empty one marked with version int.MinValue.
            var log = new FirstErrorLogger();
            var lockFile = UnreadableInput.Guard(assetsPath, "a restore assets file", () => new LockFileFormat().Read(assetsPath, log));
            if (lockFile.Version <= 0)
            {
                throw new AuditInputException($"{assetsPath} cannot be read as a restore assets file: {log.FirstError ?? "no version"}; run `dotnet restore` again.");
            }

            return lockFile;
        }

        private static IEnumerable<AuditedAssembly> Assemblies(LockFile lockFile)
        {
            var packageFolders = lockFile.PackageFolders.Select(folder => folder.Path).ToArray();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var target in lockFile.Targets)
            {
                var assemblies = new List<(string Path, PackageIdentity Package)>();
                foreach (var library in target.Libraries.Where(library => library.Type == "package" && library.Name is not null && library.Version is not null))
                {
                    var package = new PackageIdentity(library.Name!, library.Version!.ToNormalizedString());
                    var libraryPath = lockFile.GetLibrary(library.Name, library.Version)?.Path ?? Path.Combine(library.Name!.ToLowerInvariant(), package.Version.ToLowerInvariant());
                    foreach (var asset in library.RuntimeAssemblies.Where(asset => asset.Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
                    {
                        // A package the assets file names but no folder holds is still audited: its reading fails and says so.
                        var candidates = packageFolders.Select(folder => Path.Combine(folder, libraryPath, asset.Path)).ToArray();
                        assemblies.Add((candidates.FirstOrDefault(File.Exists) ?? candidates.FirstOrDefault() ?? asset.Path, package));
                    }
                }

                var dependencies = assemblies.Select(assembly => assembly.Path).ToImmutableArray();
                foreach (var (path, package) in assemblies)
                {
                    // A multi-targeted project restores a package once per framework; one audit of it is enough.
                    if (seen.Add(package + "/" + Path.GetFileName(path)))
                    {
                        yield return new AuditedAssembly(path, package, dependencies);
                    }
                }
            }
        }

        /// <summary>Keeps the first error NuGet's reader logs: why the file could not be parsed.</summary>
        private sealed class FirstErrorLogger : LoggerBase
        {
            public string? FirstError { get; private set; }

            public override void Log(ILogMessage message)
            {
                if (message.Level >= LogLevel.Error && FirstError is null)
                {
                    FirstError = UnreadableInput.FirstLine(message.Message);
                }
            }

            public override System.Threading.Tasks.Task LogAsync(ILogMessage message)
            {
                Log(message);
                return System.Threading.Tasks.Task.CompletedTask;
            }
        }
    }
}
