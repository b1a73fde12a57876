using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace BindNoPort.CodeFixes
{
    /// <summary>A document being fixed: its tree and semantic model as they were, and the editor that collects the fixes.</summary>
    internal sealed class FixingDocument
    {
        private const string RuntimeNamespace = "BindNoPort";

        private readonly HashSet<SyntaxNode> claimed = new HashSet<SyntaxNode>();
        private readonly SortedSet<string> imports = new SortedSet<string>(System.StringComparer.Ordinal);

        private FixingDocument(Document document, SyntaxNode root, SemanticModel semanticModel, DocumentEditor editor, bool preferHelper, SyntaxNode helperHost)
        {
            Document = document;
            Root = root;
            SemanticModel = semanticModel;
            Editor = editor;
            Capabilities = new FixCapabilities(semanticModel.Compilation);
            Syntax = new FixSyntax(Capabilities, DetectNewLine(root));
            Helper = DeferralHelper.For(semanticModel.Compilation, Capabilities, helperHost);
            PreferHelper = preferHelper;
        }

        public Document Document { get; }

        public SyntaxNode Root { get; }

        public SemanticModel SemanticModel { get; }

        public DocumentEditor Editor { get; }

        public FixCapabilities Capabilities { get; }

        public FixSyntax Syntax { get; }

        /// <summary>The line ending the document uses, which the code the fixes write takes.</summary>
        public string NewLine => DetectNewLine(Root);

        /// <summary>The project's port-deferral helper, written or to be written; null where none can be.</summary>
        public DeferralHelper? Helper { get; }

        /// <summary>Whether a site that could take the option block inline calls the helper instead: a Fix All over several sites.</summary>
        public bool PreferHelper { get; }

        /// <summary>Whether a site should call the helper: it exists already, or a Fix All over several sites asks for it.</summary>
        public bool CallsHelper => Helper is not null && (Helper.Exists || PreferHelper);

        /// <summary>How many sites the edits gave a helper call, or an option block the helper could stand in for.</summary>
        public int OptionSites { get; private set; }

        /// <summary>Whether an edit calls the helper, so the project must have it.</summary>
        public bool NeedsHelper { get; private set; }

        /// <summary>The document, to be fixed on one editor; a helper it needs goes to <paramref name="helperHost"/>, or to it.</summary>
        public static async Task<FixingDocument> CreateAsync(Document document, bool preferHelper, Document? helperHost, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var host = helperHost is null ? root! : (await helperHost.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            return new FixingDocument(document, root!, semanticModel!, editor, preferHelper, host);
        }

        /// <summary>Writes the helper into this document, which hosts it for the project, with the usings it needs.</summary>
        public void AddHelper()
        {
            DeferralHelper.AddTo(Editor, Root, Syntax, NewLine);
            ImportFrameworkNamespaces();
            imports.UnionWith(DeferralHelper.Namespaces);
        }

        /// <summary>Counts a site given the option block inline, where the helper could have been called instead.</summary>
        public void WroteOptionBlock() => OptionSites++;

        /// <summary>Counts a site that calls the helper, which the project then needs.</summary>
        public void CalledHelper()
        {
            OptionSites++;
            NeedsHelper = true;
        }

        /// <summary>The node a diagnostic points at.</summary>
        public SyntaxNode NodeAt(Location location) => Root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);

        /// <summary>
        /// Whether <paramref name="node"/> is still free to edit: false once a fix has claimed it, so that
        /// several diagnostics leading to one Bind (a helper with many callers) edit it once.
        /// </summary>
        public bool Claim(SyntaxNode node) => claimed.Add(node);

        /// <summary>Asks for <c>using BindNoPort;</c> once the edits are done, so the runtime's extension methods resolve.</summary>
        public void ImportRuntimeNamespace() => imports.Add(RuntimeNamespace);

        /// <summary>
        /// Asks for the usings the written code's framework names need, so the simplifier shortens
        /// <c>System.OperatingSystem.IsLinux()</c> to what a person would write.
        /// </summary>
        public void ImportFrameworkNamespaces() => imports.UnionWith(Syntax.FrameworkNamespaces);

        public async Task<Document> GetChangedDocumentAsync(CancellationToken cancellationToken)
        {
            var root = Editor.GetChangedRoot();
            foreach (var namespaceName in imports)
            {
                if (root is CompilationUnitSyntax unit && !Imports(unit, namespaceName))
                {
                    root = AddUsing(unit, namespaceName);
                }
            }

            var changed = Document.WithSyntaxRoot(root);

            // The formatter writes its configured line ending where the edits left elastic trivia; a file with
            // other endings than that keeps its own.
            var options = await changed.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
            var newLine = DetectNewLine(Root);
            if (options.GetOption(FormattingOptions.NewLine) != newLine)
            {
                changed = await Formatter.FormatAsync(changed, Formatter.Annotation, options.WithChangedOption(FormattingOptions.NewLine, newLine), cancellationToken).ConfigureAwait(false);
            }

            return changed;
        }

        private bool Imports(CompilationUnitSyntax unit, string namespaceName)
        {
            bool Names(UsingDirectiveSyntax directive) =>
                directive.Alias is null && directive.StaticKeyword == default && directive.Name?.ToString() == namespaceName;

            return unit.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                    .OfType<UsingDirectiveSyntax>()
                    .Any(Names)
                || SemanticModel.Compilation.SyntaxTrees
                    .Select(tree => tree.GetRoot())
                    .OfType<CompilationUnitSyntax>()
                    .SelectMany(other => other.Usings)
                    .Any(directive => directive.GlobalKeyword != default && Names(directive));
        }

        // Placed in order among the file's usings, System ones first, as the IDE's add-import does.
        private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string namespaceName)
        {
            var newLine = SyntaxFactory.EndOfLine(DetectNewLine(unit));
            var directive = SyntaxFactory.ParseCompilationUnit("using " + namespaceName + ";").Usings[0].WithTrailingTrivia(newLine);
            var usings = unit.Usings;
            if (usings.Count == 0)
            {
                var fileHeader = unit.GetLeadingTrivia();
                return unit.WithoutLeadingTrivia()
                    .WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(fileHeader).WithTrailingTrivia(newLine, newLine)));
            }

            var index = 0;
            while (index < usings.Count && (usings[index].GlobalKeyword != default || ComesBefore(usings[index], namespaceName)))
            {
                index++;
            }

            if (index == 0)
            {
                // The file header stays at the top of the file.
                directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
                usings = usings.Replace(usings[0], usings[0].WithoutLeadingTrivia());
            }

            return unit.WithUsings(usings.Insert(index, directive));
        }

        private static bool ComesBefore(UsingDirectiveSyntax existing, string namespaceName)
        {
            if (existing.Alias is not null || existing.StaticKeyword != default || existing.Name is null)
            {
                return false;
            }

            var name = existing.Name.ToString();
            return IsSystem(name) == IsSystem(namespaceName) ? string.CompareOrdinal(name, namespaceName) < 0 : IsSystem(name);
        }

        private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal);

        private static string DetectNewLine(SyntaxNode root)
        {
            var endOfLine = root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine.ToString() : "\n";
        }
    }
}
