using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NuGet.ProjectModel;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// The built assemblies of the projects a restored project references, as its assets file lists them: each one's
    /// newest <c>bin/**/Name.dll</c>. A referenced project that was never built is an input error: build it first.
    /// </summary>
    internal static class ProjectReferenceOutputs
    {
        public static IEnumerable<AuditedAssembly> Of(LockFile lockFile, string projectPath, ImmutableArray<string> packageAssemblies)
        {
            var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
            var references = lockFile.Libraries
                .Where(library => library.Type == "project" && library.MSBuildProject is not null)
                .Select(library => (library.Name, Project: Path.GetFullPath(Path.Combine(projectDirectory, library.MSBuildProject.Replace('\\', Path.DirectorySeparatorChar)))))
                .Distinct()
                .ToList();
            var outputs = references.Select(reference => (reference.Name, Path: BuiltAssembly(reference.Name, reference.Project))).ToList();
            var dependencies = packageAssemblies.AddRange(outputs.Select(output => output.Path));
            return outputs.Select(output => new AuditedAssembly(output.Path, new PackageIdentity(output.Name, "project"), dependencies));
        }

        private static string BuiltAssembly(string name, string project)
        {
            var bin = Path.Combine(Path.GetDirectoryName(project)!, "bin");
            var built = Directory.Exists(bin)
                ? Directory.EnumerateFiles(bin, name + ".dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
                : null;
            return built ?? throw new AuditInputException($"{project} has not been built ({name}.dll is not under {bin}): run `dotnet build` first.");
        }
    }
}
