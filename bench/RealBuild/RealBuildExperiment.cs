using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace BindNoPort.Bench.RealBuild
{
    /// <summary>
    /// Real builds as users meet them: each project's tree copied twice, one copy referencing the BindNoPort.Analyzers
    /// package packed from this checkout, the other not; `dotnet build --no-incremental` on both, alternately, for
    /// several rounds, with the compiler server shared as in any developer's build. Each build's Csc time and the
    /// compiler's own analyzer report are kept. The copies' first builds restore and warm the server; they are not
    /// measured.
    /// </summary>
    public static class RealBuildExperiment
    {
        /// <summary>The bench's command for this experiment.</summary>
        public const string Command = "real-build";

        private static readonly string[] LeftOutFolders = { "bin", "obj", ".git", ".vs" };

        /// <summary>Measures every project; <paramref name="msbuildArguments"/> go to every build (a target framework, a configuration).</summary>
        public static RealBuildResult Run(IReadOnlyList<string> projects, int rounds, IReadOnlyList<string> msbuildArguments, TextWriter log)
        {
            var work = Path.Combine(Path.GetTempPath(), "bnp-real-build-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(work);
            log.WriteLine($"// real build: packing BindNoPort.Analyzers into {work}");
            var package = PackageUnderTest.Pack(work);
            var copies = new List<(string Name, BuildSetup Setup, string Project)>();
            foreach (var project in projects.Select(Path.GetFullPath))
            {
                var root = TreeRoot(project);
                var name = Path.GetFileNameWithoutExtension(project);
                foreach (var setup in Enum.GetValues<BuildSetup>())
                {
                    var copy = Path.Combine(work, name, setup.ToString());
                    CopyTree(root, copy);
                    copies.Add((name, setup, Path.Combine(copy, Path.GetRelativePath(root, project))));
                }
            }

            foreach (var (name, setup, project) in copies)
            {
                log.WriteLine($"// real build: {name}/{setup}: restore and warm-up build");
                Build(project, setup, package, msbuildArguments, restore: true);
            }

            var measurements = new List<RealBuildMeasurement>();
            for (var round = 1; round <= rounds; round++)
            {
                // Alternate which setup goes first, so neither always meets the server fresh from the other.
                var order = round % 2 == 1 ? copies : copies.OrderBy(copy => copy.Name, StringComparer.Ordinal).ThenByDescending(copy => copy.Setup).ToList();
                foreach (var (name, setup, project) in order)
                {
                    var build = Build(project, setup, package, msbuildArguments, restore: false);
                    measurements.Add(new RealBuildMeasurement(name, setup, round, build));
                    log.WriteLine(Invariant($"// round {round} of {rounds}: {name}/{setup}: Csc {build.CscMilliseconds:F0} ms, BNP {build.BindNoPortSeconds:F3} s, NetAnalyzers {build.NetAnalyzersSeconds:F3} s, {build.BnpWarnings} BNP warnings"));
                }
            }

            return new RealBuildResult(package.Version, msbuildArguments, UsesCompilerServer(msbuildArguments), measurements);
        }

        private static BuildLog Build(string project, BuildSetup setup, PackageUnderTest package, IReadOnlyList<string> msbuildArguments, bool restore)
        {
            var arguments = new List<string> { "build", project, "--no-incremental", "-clp:PerformanceSummary", "-p:ReportAnalyzer=true", "-v:d" };
            if (!restore)
            {
                arguments.Add("--no-restore");
            }

            if (setup == BuildSetup.WithPackage)
            {
                arguments.Add("-p:CustomAfterMicrosoftCommonTargets=" + package.ReferenceTargets);
            }

            arguments.AddRange(msbuildArguments);
            var result = Dotnet.Run(Path.GetDirectoryName(project)!, arguments.ToArray());
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed with exit code {result.ExitCode}:\n{Tail(result.Output)}");
            }

            var log = BuildLog.Parse(result.Output);
            if (setup == BuildSetup.WithPackage && !log.AnalyzerSeconds.ContainsKey(BuildLog.BindNoPortAssembly))
            {
                throw new InvalidOperationException($"The build of {project} with the package did not run the BNP analyzers.");
            }

            return log;
        }

        // A property on the command line wins over the environment's; the compiler server is on unless one turns it off.
        private static bool UsesCompilerServer(IReadOnlyList<string> msbuildArguments)
        {
            var value = msbuildArguments
                .Select(argument => argument.Replace(" ", string.Empty, StringComparison.Ordinal))
                .Where(argument => argument.Contains("UseSharedCompilation=", StringComparison.OrdinalIgnoreCase))
                .Select(argument => argument[(argument.IndexOf('=', StringComparison.Ordinal) + 1)..])
                .LastOrDefault() ?? Environment.GetEnvironmentVariable("UseSharedCompilation");
            return !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
        }

        // The project's solution folder, so Directory.Build.props and shared files above the project come along.
        private static string TreeRoot(string project)
        {
            for (var folder = Path.GetDirectoryName(project); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (Directory.EnumerateFiles(folder, "*.sln").Any() || Directory.EnumerateFiles(folder, "*.slnx").Any() || Directory.Exists(Path.Combine(folder, ".git")))
                {
                    return folder;
                }
            }

            return Path.GetDirectoryName(project)!;
        }

        private static void CopyTree(string source, string target)
        {
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }

            foreach (var folder in Directory.EnumerateDirectories(source).Where(folder => !LeftOutFolders.Contains(Path.GetFileName(folder), StringComparer.OrdinalIgnoreCase)))
            {
                CopyTree(folder, Path.Combine(target, Path.GetFileName(folder)));
            }
        }

        private static string Tail(string output) => string.Join('\n', output.Split('\n').TakeLast(40));

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whether a build references the package.</summary>
    public enum BuildSetup
    {
        /// <summary>The project as it is.</summary>
        WithoutPackage,

        /// <summary>The project with BindNoPort.Analyzers added.</summary>
        WithPackage,
    }

    /// <summary>One measured build.</summary>
    public sealed record RealBuildMeasurement(string Project, BuildSetup Setup, int Round, BuildLog Log);

    /// <summary>Every measured build, and what they were built with; whether the compiler server was on decides whether each build loads and compiles the analyzers afresh.</summary>
    public sealed record RealBuildResult(string PackageVersion, IReadOnlyList<string> MSBuildArguments, bool SharedCompilation, IReadOnlyList<RealBuildMeasurement> Measurements);
}
