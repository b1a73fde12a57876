using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BindNoPort.Bench.Corpus
{
    /// <summary>
    /// Every C# file of a folder (a checkout of a public repository, or the user's own code), parsed once and
    /// compiled as one library against the net10.0 reference assemblies alone. Its NuGet dependencies are not
    /// there, so compiler errors are expected; they are counted, not hidden. Left out: obj/ and bin/, hidden
    /// folders, and folders whose name contains "test", "sample" or "example" (tests, samples and examples
    /// depend on test frameworks and on the library itself, and are not the networking code being measured).
    /// </summary>
    public sealed class SourceFolderCorpus : ICompilableCorpus
    {
        // The SDK's implicit global usings for Microsoft.NET.Sdk projects.
        private const string ImplicitGlobalUsings =
            "global using global::System;\nglobal using global::System.Collections.Generic;\nglobal using global::System.IO;\nglobal using global::System.Linq;\n"
            + "global using global::System.Net.Http;\nglobal using global::System.Threading;\nglobal using global::System.Threading.Tasks;\n";

        // What the SDK defines when it builds a net10.0 Release project, so that multi-targeted code takes its newest path.
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(
            LanguageVersion.Latest,
            preprocessorSymbols: new[] { "NET", "NET10_0", "NETCOREAPP", "RELEASE", "TRACE" }
                .Concat(Enumerable.Range(5, 6).Select(version => $"NET{version}_0_OR_GREATER"))
                .Concat(new[] { "NETCOREAPP1_0", "NETCOREAPP1_1", "NETCOREAPP2_0", "NETCOREAPP2_1", "NETCOREAPP2_2", "NETCOREAPP3_0", "NETCOREAPP3_1" }.Select(version => version + "_OR_GREATER")));

        private static readonly Regex LeftOutFolder = new Regex("test|sample|example", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new Lazy<ImmutableArray<MetadataReference>>(() =>
            Directory.GetFiles(RepositoryLayout.NetReferenceAssemblies(), "*.dll")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray());

        private SourceFolderCorpus(string root, ImmutableArray<SyntaxTree> trees, int lines, int leftOutFiles, bool implicitUsings)
        {
            Root = root;
            Trees = trees;
            Lines = lines;
            LeftOutFiles = leftOutFiles;
            HasImplicitUsings = implicitUsings;
        }

        /// <inheritdoc/>
        public string Name => Path.GetFileName(Root);

        /// <summary>The folder, as a full path.</summary>
        public string Root { get; }

        /// <summary>One tree per source file, named by its path under the folder; the implicit usings, when added, are not among them.</summary>
        public ImmutableArray<SyntaxTree> Trees { get; }

        /// <summary>Lines of the compiled files.</summary>
        public int Lines { get; }

        /// <summary>C# files under obj/, bin/, hidden, test, sample and example folders.</summary>
        public int LeftOutFiles { get; }

        /// <summary>Whether the SDK's implicit global usings are compiled with the files: see <see cref="ImplicitUsingsEnabled"/>.</summary>
        public bool HasImplicitUsings { get; }

        /// <summary>Finds and parses the folder's sources.</summary>
        public static SourceFolderCorpus Load(string folder)
        {
            var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
            var all = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories).OrderBy(path => path, StringComparer.Ordinal).ToList();
            var kept = all.Where(path => !IsLeftOut(root, path)).ToList();
            var trees = kept
                .AsParallel()
                .AsOrdered()
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, Path.GetRelativePath(root, path)))
                .ToImmutableArray();
            var lines = trees.Sum(tree => tree.GetText().Lines.Count);
            return new SourceFolderCorpus(root, trees, lines, all.Count - kept.Count, ImplicitUsingsEnabled(root));
        }

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
            var trees = HasImplicitUsings ? Trees.Add(CSharpSyntaxTree.ParseText(ImplicitGlobalUsings, ParseOptions, "ImplicitUsings.g.cs")) : Trees;
            return CSharpCompilation.Create(Name, trees, FrameworkReferences.Value, options);
        }

        private static bool IsLeftOut(string root, string path)
        {
            var folders = Path.GetRelativePath(root, Path.GetDirectoryName(path)!).Split(Path.DirectorySeparatorChar);
            return folders.Any(name => name is "obj" or "bin" || (name.StartsWith('.') && name != ".") || LeftOutFolder.IsMatch(name));
        }

        // Global usings apply to a whole compilation, and the folder is compiled as one: they are added when the
        // projects that enable them (in the project file or a Directory.Build.props above it) hold most of the files.
        private static bool ImplicitUsingsEnabled(string root)
        {
            var projects = Directory.GetFiles(root, "*.csproj", SearchOption.AllDirectories).Where(path => !IsLeftOut(root, path)).ToList();
            if (projects.Count == 0)
            {
                return false;
            }

            var files = projects.ToDictionary(project => project, project => Directory.GetFiles(Path.GetDirectoryName(project)!, "*.cs", SearchOption.AllDirectories).Length);
            var enabled = projects.Where(project => EnablesImplicitUsings(root, project)).Sum(project => files[project]);
            return enabled * 2 > files.Values.Sum();
        }

        private static bool EnablesImplicitUsings(string root, string project)
        {
            var candidates = new List<string> { project };
            for (var directory = Path.GetDirectoryName(project); directory is not null && directory.StartsWith(root, StringComparison.Ordinal); directory = Path.GetDirectoryName(directory))
            {
                candidates.Add(Path.Combine(directory, "Directory.Build.props"));
            }

            // The nearest setting wins, as MSBuild's later assignment would.
            foreach (var candidate in candidates.Where(File.Exists))
            {
                var value = XDocument.Load(candidate).Descendants().FirstOrDefault(element => element.Name.LocalName == "ImplicitUsings")?.Value.Trim();
                if (value is not null)
                {
                    return value.Equals("enable", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase);
                }
            }

            return false;
        }
    }
}
