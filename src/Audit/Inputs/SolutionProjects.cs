using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>The .NET projects a .sln or .slnx names, as full paths, read with MSBuild's own solution reader.</summary>
    internal static class SolutionProjects
    {
        private static readonly string[] ProjectExtensions = { ".csproj", ".fsproj", ".vbproj" };

        public static IReadOnlyList<string> Read(string solutionPath)
        {
            var serializer = SolutionSerializers.GetSerializerByMoniker(solutionPath)
                ?? throw new AuditInputException($"{solutionPath} is not a solution file: give a .sln or .slnx.");
            Microsoft.VisualStudio.SolutionPersistence.Model.SolutionModel solution;
            try
            {
                // The reader is asynchronous only to read the file; the audit reads its inputs before it starts.
                solution = serializer.OpenAsync(solutionPath, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (Exception exception)
            {
                throw new AuditInputException($"{solutionPath} cannot be read as a solution: {UnreadableInput.FirstLine(exception.Message)}");
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(solutionPath))!;
            return solution.SolutionProjects
                .Select(project => Path.GetFullPath(Path.Combine(directory, project.FilePath.Replace('\\', Path.DirectorySeparatorChar))))
                .Where(path => ProjectExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
                .ToArray();
        }
    }
}
