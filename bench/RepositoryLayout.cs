using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace BindNoPort.Bench
{
    /// <summary>Where the bench finds the repository, the reference assemblies and the NetAnalyzers package.</summary>
    public static class RepositoryLayout
    {
        private const string SolutionFile = "Analyzers.sln";

        /// <summary>The repository root: the nearest folder above the bench binaries that holds the solution.</summary>
        public static string Root()
        {
            foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            {
                for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                    {
                        return directory.FullName;
                    }
                }
            }

            throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory} or the current directory.");
        }

        /// <summary>Every C# file under src/, build output excluded, in a stable order.</summary>
        public static IReadOnlyList<string> OwnSourceFiles()
        {
            var separator = Path.DirectorySeparatorChar;
            return Directory.GetFiles(Path.Combine(Root(), "src"), "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                    && !path.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>The net10.0 reference assemblies of the newest installed 10.x targeting pack.</summary>
        public static string NetReferenceAssemblies()
        {
            var packs = Path.Combine(BuildMetadata("TargetingPackRoot"), "Microsoft.NETCore.App.Ref");
            var newest = Directory.GetDirectories(packs, "10.*")
                .Select(path => (Path: path, Version: Version.TryParse(Path.GetFileName(path).Split('-')[0], out var version) ? version : new Version(0, 0)))
                .OrderByDescending(pack => pack.Version)
                .Select(pack => pack.Path)
                .FirstOrDefault()
                ?? throw new InvalidOperationException($"No 10.x targeting pack under {packs}.");
            return Path.Combine(newest, "ref", "net10.0");
        }

        /// <summary>The folder of the restored Microsoft.CodeAnalysis.NetAnalyzers package.</summary>
        public static string NetAnalyzersPackage() => BuildMetadata("NetAnalyzersPackage");

        private static string BuildMetadata(string key)
        {
            var value = typeof(RepositoryLayout).Assembly
                .GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(attribute => attribute.Key == key)?.Value;
            if (string.IsNullOrEmpty(value))
            {
                throw new InvalidOperationException($"The bench was built without the {key} path; build it with dotnet build.");
            }

            return value;
        }
    }
}
