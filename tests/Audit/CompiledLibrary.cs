using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
            var references = Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
                .Where(file => System.IO.Path.GetFileName(file).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(file) is "netstandard.dll" or "mscorlib.dll")
                .Where(IsManaged)
                .Select(file => MetadataReference.CreateFromFile(file));
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

        private static bool IsManaged(string file)
        {
            using var stream = File.OpenRead(file);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
    }
}
