using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace BindNoPort.Samples.Demo
{
    /// <summary>A directory's C# files as one in-memory console project, compiled against the running runtime.</summary>
    internal static class SampleProject
    {
        public static Project Load(string directory)
        {
            string[] files = Directory.GetFiles(directory, "*.cs", SearchOption.TopDirectoryOnly);
            if (files.Length == 0)
            {
                throw new InvalidOperationException($"No C# file in {directory}.");
            }

            Array.Sort(files, StringComparer.Ordinal);
            var workspace = new AdhocWorkspace();
            ProjectId projectId = ProjectId.CreateNewId();
            Solution solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Create(),
                    name: Path.GetFileName(directory),
                    assemblyName: Path.GetFileName(directory),
                    language: LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: RuntimeReferences()));
            foreach (string file in files)
            {
                SourceText text = SourceText.From(File.ReadAllText(file), Encoding.UTF8);
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(file), text, filePath: file);
            }

            return solution.GetProject(projectId)!;
        }

        /// <summary>The shared framework's assemblies, taken from the trusted platform assemblies of this process.</summary>
        private static MetadataReference[] RuntimeReferences()
        {
            string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return trusted.Split(Path.PathSeparator)
                .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToArray();
        }
    }
}
