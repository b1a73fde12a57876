using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using BindNoPort.Audit.Inputs;

namespace BindNoPort.Tests.Audit
{
    /// <summary>A small library compiled by the test into its own folder: what the audit reads as a package's assembly.</summary>
    internal sealed class CompiledLibrary : IDisposable
    {
        private CompiledLibrary(string folder, string path)
        {
            Folder = folder;
            Path = path;
        }

        public string Folder { get; }

        public string Path { get; }

        public static CompiledLibrary Create(string name, string source, string? folder = null)
        {
            folder ??= Directory.CreateTempSubdirectory("bindnoport-audit-test-").FullName;
            var references = FrameworkAssemblies.ReferencePaths().Select(file => MetadataReference.CreateFromFile(file));
            var compilation = CSharpCompilation.Create(
                name,
                new[] { CSharpSyntaxTree.ParseText(source) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var path = System.IO.Path.Combine(folder, name + ".dll");
            var result = compilation.Emit(path);
            if (!result.Success)
            {
                throw new InvalidOperationException("The test library does not compile: " + string.Join(Environment.NewLine, result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)));
            }

            return new CompiledLibrary(folder, path);
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
