using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BindNoPort.Bench.Corpus
{
    /// <summary>
    /// The parsed corpus (generated files plus the project's own sources) and the references it compiles
    /// against. Parsing is done once; every measurement creates a fresh compilation from these trees, so no
    /// bound tree, semantic model or operation tree survives from one measurement to the next.
    /// </summary>
    public sealed class CorpusCompilation : ICompilableCorpus
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(
            LanguageVersion.Latest,
            preprocessorSymbols: new[] { "NET", "NETCOREAPP", "NET8_0_OR_GREATER", "NET10_0_OR_GREATER", "RELEASE" });

        private static readonly string[] RoslynAssemblies =
        {
            "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Composition.AttributedModel",
        };

        private CorpusCompilation(GeneratedCorpus corpus, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, int ownSourceLines)
        {
            Corpus = corpus;
            Trees = trees;
            References = references;
            OwnSourceLines = ownSourceLines;
        }

        /// <summary>The generated part.</summary>
        public GeneratedCorpus Corpus { get; }

        /// <inheritdoc/>
        public string Name => Corpus.Spec.Name;

        /// <summary>Every syntax tree, generated and own.</summary>
        public ImmutableArray<SyntaxTree> Trees { get; }

        /// <summary>The net10.0 reference assemblies, plus Roslyn for the project's analyzer sources.</summary>
        public ImmutableArray<MetadataReference> References { get; }

        /// <summary>Lines taken from the project's own src/ folder.</summary>
        public int OwnSourceLines { get; }

        /// <summary>Total lines compiled.</summary>
        public int TotalLines => Corpus.Lines + OwnSourceLines;

        /// <summary>Generates and parses the corpus.</summary>
        public static CorpusCompilation Load(CorpusSpec spec)
        {
            var corpus = CorpusGenerator.Generate(spec);
            var generatedTrees = corpus.Files
                .AsParallel()
                .AsOrdered()
                .Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, "corpus/" + file.Path))
                .ToList();
            var ownFiles = RepositoryLayout.OwnSourceFiles();
            var ownTrees = ownFiles
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path))
                .ToList();
            var ownLines = ownFiles.Sum(path => File.ReadAllLines(path).Length);
            return new CorpusCompilation(corpus, generatedTrees.Concat(ownTrees).ToImmutableArray(), LoadReferences(), ownLines);
        }

        /// <summary>Sizes and counts, for the report.</summary>
        public CorpusDescription Describe() => new CorpusDescription(Corpus.Spec.Name, Corpus.Spec.SocketMethodShare, Corpus.Lines, OwnSourceLines, Corpus.Methods, Corpus.SocketMethods, Trees.Length, Corpus.SocketShapes);

        /// <inheritdoc/>
        public CSharpCompilation CreateCompilation(ImmutableDictionary<string, ReportDiagnostic>? diagnosticOptions = null)
        {
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true,
                concurrentBuild: true,
                optimizationLevel: OptimizationLevel.Release,
                specificDiagnosticOptions: diagnosticOptions);
            return CSharpCompilation.Create("Corpus", Trees, References, options);
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var referenceDirectory = RepositoryLayout.NetReferenceAssemblies();
            var framework = Directory.GetFiles(referenceDirectory, "*.dll")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
            // The project's analyzers and code fixes compile against Roslyn and MEF; the bench's own copies stand in for their reference assemblies.
            var roslyn = RoslynAssemblies
                .Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
            return framework.Concat(roslyn).ToImmutableArray();
        }
    }
}
