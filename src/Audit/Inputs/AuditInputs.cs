using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// Turns the PATH the user gave into the assemblies to audit: a project or solution (through restore's assets
    /// file), a folder of assemblies, one .dll, or one .nupkg. The framework's own assemblies are left out; an input
    /// that leaves nothing to audit is refused, so an audit never reports "nothing found" on nothing.
    /// </summary>
    internal static class AuditInputs
    {
        /// <param name="path">What the user gave.</param>
        /// <param name="scratchFolder">Where a package is unpacked.</param>
        /// <param name="withProjectReferences">Whether a project's or solution's referenced projects count, from their builds.</param>
        public static IReadOnlyList<AuditedAssembly> Resolve(string path, string scratchFolder, bool withProjectReferences = false)
        {
            Func<string, IEnumerable<AuditedAssembly>> readProject = withProjectReferences ? ProjectAssets.ReadWithProjectReferences : ProjectAssets.Read;
            IEnumerable<AuditedAssembly> assemblies;
            if (Directory.Exists(path))
            {
                assemblies = AssemblyFolder.Read(path);
            }
            else if (!File.Exists(path))
            {
                throw new AuditInputException($"{path} does not exist: give a project, a solution, a folder of assemblies, a .dll or a .nupkg.");
            }
            else
            {
                var extension = Path.GetExtension(path).ToLowerInvariant();
                assemblies = extension switch
                {
                    ".csproj" or ".fsproj" or ".vbproj" => readProject(path).ToArray(),
                    ".sln" or ".slnx" => SolutionProjects.Read(path).SelectMany(readProject).ToArray(),
                    ".dll" or ".exe" => new[] { AssemblyFolder.ReadOne(path) },
                    ".nupkg" => PackageArchive.Read(path, scratchFolder),
                    _ => throw new AuditInputException($"{path} is not a project, a solution, an assembly or a package: give a .csproj, .sln, .slnx, .dll, .nupkg or a folder."),
                };
            }

            // The same package reached from two projects of a solution is audited once.
            var audited = assemblies
                .Where(assembly => !FrameworkAssemblies.Contains(assembly.Path))
                .GroupBy(assembly => (assembly.Package, assembly.FileName))
                .Select(group => group.First())
                .ToArray();
            if (audited.Length == 0)
            {
                throw new AuditInputException($"{path} has nothing to audit: no assembly outside the .NET framework's own.");
            }

            return audited;
        }
    }
}
