using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BindNoPort.Samples.Demo
{
    /// <summary>
    /// Runs the BindNoPort analyzers over the sample client, applies every code fix, shows the diff, and
    /// proves the fixed code compiles without a BNP diagnostic. Nothing is written to disk.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            try
            {
                string sourceDirectory = args.Length > 0 ? Path.GetFullPath(args[0]) : SampleClientDirectory();
                return await RunAsync(sourceDirectory) ? 0 : 1;
            }
            catch (Exception exception)
            {
                Console.Error.WriteLine($"demo failed: {exception}");
                return 1;
            }
        }

        private static async Task<bool> RunAsync(string sourceDirectory)
        {
            BindNoPortComponents components = BindNoPortComponents.Discover();
            Project project = SampleProject.Load(sourceDirectory);
            Console.WriteLine($"Analyzing {project.Documents.Count()} files in {Display(sourceDirectory)} with {components.Analyzers.Length} analyzers and {components.CodeFixProviders.Length} code fixes.");
            Console.WriteLine();
            if (components.Analyzers.IsEmpty || components.CodeFixProviders.IsEmpty)
            {
                Console.Error.WriteLine("The BindNoPort assemblies export no analyzer or no code fix.");
                return false;
            }

            if (!await CompilesAsync(project, "The sample"))
            {
                return false;
            }

            var analysis = new Analysis(components.Analyzers);
            ImmutableArray<Diagnostic> found = await analysis.BindNoPortDiagnosticsAsync(project);
            foreach (Diagnostic diagnostic in found)
            {
                Console.WriteLine(Format(diagnostic));
            }

            if (found.IsEmpty)
            {
                Console.Error.WriteLine("No BNP diagnostic found: the sample exists to show them, so the analyzers are not working.");
                return false;
            }

            Console.WriteLine();
            var fixer = new FixApplier(components.CodeFixProviders, analysis);
            Solution fixedSolution = await fixer.FixAllAsync(project.Solution);
            Project fixedProject = fixedSolution.GetProject(project.Id)!;

            Console.WriteLine();
            foreach (DocumentId documentId in project.DocumentIds)
            {
                SourceText before = await project.GetDocument(documentId)!.GetTextAsync();
                SourceText after = await fixedProject.GetDocument(documentId)!.GetTextAsync();
                string diff = UnifiedDiff.Create(Display(project.GetDocument(documentId)!.FilePath!), before.ToString(), after.ToString());
                Console.Write(diff);
            }

            Console.WriteLine();
            if (!await CompilesAsync(fixedProject, "The fixed code"))
            {
                return false;
            }

            ImmutableArray<Diagnostic> remaining = await analysis.BindNoPortDiagnosticsAsync(fixedProject);
            foreach (Diagnostic diagnostic in remaining)
            {
                Console.WriteLine(Format(diagnostic));
            }

            Console.WriteLine($"BNP diagnostics before the fixes: {found.Length}; after: {remaining.Length}.");
            return remaining.IsEmpty;
        }

        private static async Task<bool> CompilesAsync(Project project, string what)
        {
            Compilation compilation = (await project.GetCompilationAsync())!;
            List<Diagnostic> errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (Diagnostic error in errors)
            {
                Console.Error.WriteLine(Format(error));
            }

            Console.WriteLine(errors.Count == 0 ? $"{what} compiles with no errors." : $"{what} does not compile: {errors.Count} errors.");
            return errors.Count == 0;
        }

        /// <summary>The compiler's own line format, with the help link as MSBuild prints it.</summary>
        private static string Format(Diagnostic diagnostic)
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            string severity = diagnostic.Severity.ToString().ToLowerInvariant();
            string help = string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? string.Empty : $" ({diagnostic.Descriptor.HelpLinkUri})";
            return $"{Display(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage()}{help}";
        }

        private static string Display(string path)
        {
            return Path.GetRelativePath(Environment.CurrentDirectory, path);
        }

        private static string SampleClientDirectory()
        {
            return typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "SampleClientDirectory").Value!;
        }
    }
}
