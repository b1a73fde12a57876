using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading;
using System.Threading.Tasks;
using ICSharpCode.Decompiler.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using BindNoPort.Analyzers;
using BindNoPort.Audit.Inputs;
using BindNoPort.Audit.Reporting;
using BindNoPort.Audit.Scanning;
using BindNoPort.Audit.Tracing;

namespace BindNoPort.Audit.Analysis
{
    /// <summary>
    /// The audit of one assembly: the metadata scan; for an assembly that touches a bind, the decompiled types that
    /// do (with their base types in the assembly) under the BNP analyzers; then each finding's endpoint traced to
    /// the public members it comes from, decompiling more of the assembly as the trace reaches it.
    /// </summary>
    internal static class AssemblyAudit
    {
        // How many rounds of "decompile what the trace reached, trace again", and how many types a trace may add.
        private const int TraceRounds = 8;
        private const int TracedTypeCap = 60;

        /// <summary>The top-level types that touch a bind; empty when the assembly does not, which is most of them.</summary>
        public static ImmutableArray<string> Scan(AuditedAssembly assembly) => TypesNaming(assembly, SocketTouches.In);

        /// <summary>
        /// The top-level types whose code names one of the member references <paramref name="touchesOf"/> picks in the
        /// assembly's metadata, and the users of the instance methods that do (<see cref="SocketTouches.TypesUsing"/>).
        /// </summary>
        public static ImmutableArray<string> TypesNaming(AuditedAssembly assembly, Func<MetadataReader, ImmutableHashSet<EntityHandle>> touchesOf)
        {
            using var stream = File.OpenRead(assembly.Path);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            var touches = touchesOf(metadata);
            return touches.IsEmpty
                ? ImmutableArray<string>.Empty
                : SocketTouches.TypesUsing(ILReferences.Of(pe, metadata).ToList(), metadata, touches).Select(type => MetadataNames.Of(metadata, type)).ToImmutableArray();
        }

        /// <summary>The findings in the types that touch a bind, and the failures of the rules that could not read some of them.</summary>
        public static async Task<(ImmutableArray<Finding> Findings, ImmutableArray<string> Failures)> AnalyzeAsync(AuditedAssembly assembly, ImmutableArray<string> touchingTypes, CancellationToken cancellationToken)
        {
            using var module = new PEFile(assembly.Path, PEStreamOptions.PrefetchEntireImage);
            var types = new DecompiledTypes(assembly, module);
            foreach (var type in touchingTypes)
            {
                types.AddWithBaseTypes(type);
            }

            var compilation = AuditCompilation.Create(assembly, types.Trees.Values);
            var run = await RuleRun.RunAsync(compilation, cancellationToken).ConfigureAwait(false);
            var diagnostics = run.Findings;
            if (diagnostics.IsEmpty)
            {
                return (ImmutableArray<Finding>.Empty, run.Failures);
            }

            var callers = new CallerIndex(ILReferences.Of(module.Reader, module.Metadata), module.Metadata);
            var (entries, traced) = TraceAll(assembly, types, callers, diagnostics, compilation, cancellationToken);
            return (diagnostics.Select((diagnostic, index) => ToFinding(assembly, traced, diagnostic, entries[index])).ToImmutableArray(), run.Failures);
        }

        private static (ImmutableArray<EntryPoint>[] Entries, Compilation Compilation) TraceAll(
            AuditedAssembly assembly, DecompiledTypes types, CallerIndex callers, ImmutableArray<Diagnostic> diagnostics, Compilation compilation, CancellationToken cancellationToken)
        {
            var assemblyName = Path.GetFileNameWithoutExtension(assembly.Path);
            var entries = new ImmutableArray<EntryPoint>[diagnostics.Length];
            var added = 0;
            for (var round = 0; ; round++)
            {
                var wanted = new HashSet<string>();
                for (var index = 0; index < diagnostics.Length; index++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var tracer = new EndPointTracer(compilation, callers, types.Trees, assemblyName);
                    if (BoundEndPoint(compilation, diagnostics[index]) is { } endPoint)
                    {
                        tracer.Trace(endPoint);
                    }

                    // Farthest from the bind first: what an application sets comes before the library's inner layers.
                    entries[index] = tracer.Entries.OrderByDescending(entry => entry.Steps).ThenBy(entry => entry.ToString(), StringComparer.Ordinal).ToImmutableArray();
                    wanted.UnionWith(tracer.Wanted);
                }

                var grown = false;
                foreach (var type in wanted.OrderBy(type => type, StringComparer.Ordinal))
                {
                    if (added < TracedTypeCap && TryAdd(types, type))
                    {
                        added++;
                        grown = true;
                    }
                }

                if (!grown || round == TraceRounds - 1)
                {
                    return (entries, compilation);
                }

                compilation = AuditCompilation.Create(assembly, types.Trees.Values);
            }
        }

        // A type the trace reached but the decompiler cannot render only shortens the trace; the findings stand.
        private static bool TryAdd(DecompiledTypes types, string type)
        {
            try
            {
                return types.Add(type);
            }
            catch (ICSharpCode.Decompiler.DecompilerException)
            {
                return false;
            }
        }

        // The endpoint a diagnostic's bind is given, found from what the diagnostic carries (DiagnosticContract): the
        // expression it names as the local endpoint, at the reported bind or call, else at the bind inside the helper.
        private static IOperation? BoundEndPoint(Compilation compilation, Diagnostic diagnostic)
        {
            if (DiagnosticContract.LocalEndPointOf(diagnostic) is not string text)
            {
                return null;
            }

            foreach (var location in new[] { diagnostic.Location, DiagnosticContract.InnerBindLocation(diagnostic) })
            {
                if (location?.SourceTree is not { } tree)
                {
                    continue;
                }

                var node = tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true);
                if (DiagnosticContract.ExpressionWritten(node, text) is { } endPoint && compilation.GetSemanticModel(tree).GetOperation(endPoint) is IOperation operation)
                {
                    return operation;
                }
            }

            return null;
        }

        private static Finding ToFinding(AuditedAssembly assembly, Compilation compilation, Diagnostic diagnostic, ImmutableArray<EntryPoint> entries)
        {
            var tree = diagnostic.Location.SourceTree!;
            var span = diagnostic.Location.GetLineSpan();
            var model = compilation.GetSemanticModel(tree);
            var member = model.GetEnclosingSymbol(diagnostic.Location.SourceSpan.Start);
            while (member is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                member = member.ContainingSymbol;
            }

            var type = member as INamedTypeSymbol ?? member?.ContainingType;
            return new Finding(
                assembly.Package,
                assembly.FileName,
                type?.ToDisplayString() ?? "",
                member is null or INamedTypeSymbol ? "" : member.ToDisplayString(SymbolNames.Member),
                diagnostic.Id,
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                tree.FilePath,
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                Snippet(tree, span.StartLinePosition.Line),
                entries);
        }

        private static string Snippet(SyntaxTree tree, int line)
        {
            var lines = tree.GetText().Lines;
            var first = Math.Max(0, line - 4);
            var last = Math.Min(lines.Count - 1, line + 4);
            var text = Enumerable.Range(first, last - first + 1).Select(index => lines[index].ToString().Replace("\t", "    ")).ToArray();
            var indent = text.Where(value => value.Trim().Length > 0).Select(value => value.Length - value.TrimStart().Length).DefaultIfEmpty(0).Min();
            return string.Join("\n", text.Select(value => value.Length >= indent ? value.Substring(indent) : value.TrimStart()));
        }
    }
}
