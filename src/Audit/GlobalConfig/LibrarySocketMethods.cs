using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading;
using BindNoPort.Analyzers;
using BindNoPort.Analyzers.Flow;
using BindNoPort.Analyzers.Options;
using BindNoPort.Audit.Analysis;
using BindNoPort.Audit.Inputs;
using BindNoPort.Audit.Scanning;
using ICSharpCode.Decompiler.Metadata;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Audit.GlobalConfig
{
    /// <summary>
    /// The public methods of one library that bind, or connect, a socket their caller gives them, read from the
    /// summaries the BNP rules compute over the library's decompiled code: what a project's analyzer cannot see in
    /// metadata, written down for it (<see cref="ConfiguredSocketMethods"/>). A method that sets the option first, or
    /// listens, is not a binding method.
    /// </summary>
    internal static class LibrarySocketMethods
    {
        /// <summary>The binding, connecting and bound-socket factory methods, as documentation-comment IDs; empty for a library that touches no socket.</summary>
        public static LibraryMethods Read(AuditedAssembly assembly, CancellationToken cancellationToken)
        {
            // The types whose code names a bind or a connect of Socket or TcpClient: where such a method can be.
            var types = AssemblyAudit.TypesNaming(assembly, metadata => SocketTouches.In(metadata).Union(SocketTouches.ConnectsIn(metadata)));
            if (types.IsEmpty)
            {
                return LibraryMethods.None;
            }

            using var module = new PEFile(assembly.Path, PEStreamOptions.PrefetchEntireImage);
            var decompiled = new DecompiledTypes(assembly, module);
            foreach (var type in types)
            {
                decompiled.AddWithBaseTypes(type);
            }

            var compilation = AuditCompilation.Create(assembly, decompiled.Trees.Values);
            if (RequiredSymbols.TryCreate(compilation) is not RequiredSymbols symbols)
            {
                return LibraryMethods.None;
            }

            var environment = new FlowEnvironment(symbols, new PortDeferringMethods.Reader(compilation, NoAnalyzerOptions.Instance));
            var methods = PublicMethodsWithASocket(compilation, symbols).ToList();
            environment.Facts.Prepare(methods.Select(FactKey.Summary), cancellationToken);
            var binding = ImmutableArray.CreateBuilder<string>();
            var connecting = ImmutableArray.CreateBuilder<string>();
            var factories = ImmutableArray.CreateBuilder<string>();
            foreach (var method in methods)
            {
                var summary = environment.Facts.SummaryOf(method, cancellationToken);
                if (summary is null || DocumentationCommentId.CreateDeclarationId(method) is not string id)
                {
                    continue;
                }

                // A new TCP socket, bound without the option on some path, returned on every path that returns.
                if (summary.Returned is { Exit: { Origin: SocketOrigin.Created, Kind: SocketKind.Tcp, Deferred: false } returned } && returned.Binds.Any(bind => bind.Unsafe))
                {
                    factories.Add(id);
                }

                var effects = summary.Effects.Where(effect => IsParameterOf(effect.Key, method)).ToList();

                if (effects.Any(effect => !effect.Listens && !effect.Exit.Deferred && effect.Exit.Binds.Any(bind => bind.Unsafe)
                    && symbols.IsSocket(((IParameterSymbol)effect.Key.Root).Type)))
                {
                    binding.Add(id);
                }

                if (effects.Any(effect => !effect.Connects.IsEmpty))
                {
                    connecting.Add(id);
                }
            }

            return new LibraryMethods(binding.ToImmutable(), connecting.ToImmutable(), factories.ToImmutable());
        }

        // What another assembly can call and hand a socket to, or get one from: public methods of public types with a Socket
        // or TcpClient parameter or result.
        private static IEnumerable<IMethodSymbol> PublicMethodsWithASocket(Compilation compilation, RequiredSymbols symbols)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot().DescendantNodes().Where(node => node is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax))
                {
                    if (model.GetDeclaredSymbol(declaration) is IMethodSymbol method && IsVisibleOutside(method)
                        && (method.Parameters.Any(parameter => symbols.IsTrackedType(parameter.Type)) || symbols.IsTrackedType(symbols.ResultOf(method))))
                    {
                        yield return method;
                    }
                }
            }
        }

        private static bool IsVisibleOutside(ISymbol symbol)
        {
            for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
            {
                if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsParameterOf(SocketKey key, IMethodSymbol method) =>
            key.Members.IsEmpty && key.Root is IParameterSymbol parameter && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method);
    }
}
