using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Bench.Corpus
{
    /// <summary>
    /// Counts what a source folder holds, from one compilation made for the purpose and outside any
    /// measurement: its methods, its candidate methods and the compiler's errors.
    /// </summary>
    /// <remarks>
    /// A method is a member with a body: a method, constructor, destructor, operator, accessor or
    /// arrow-bodied property or indexer (lambdas and local functions belong to theirs), plus a file's
    /// top-level statements; these are the code blocks the analyzer driver hands to the BNP analyzers.
    /// A candidate method is one whose body, lambdas and local functions included, calls or names
    /// Socket.Bind, a Connect, ConnectAsync or BeginConnect of Socket or TcpClient, or creates a
    /// TcpClient from an IPEndPoint, as the compiler binds them (a call whose overload resolution
    /// failed counts by its candidates). That definition does not depend on the analyzers, so engines
    /// can be compared on it.
    /// </remarks>
    public static class SourceFolderCensus
    {
        private static readonly HashSet<string> CandidateNames = new HashSet<string>(StringComparer.Ordinal) { "Bind", "Connect", "ConnectAsync", "BeginConnect" };

        /// <summary>Compiles the folder once and counts.</summary>
        public static SourceFolderDescription Take(SourceFolderCorpus corpus)
        {
            var compilation = corpus.CreateCompilation();
            var errors = compilation.GetDiagnostics()
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                .GroupBy(diagnostic => diagnostic.Id)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Count());
            var socket = compilation.GetTypeByMetadataName("System.Net.Sockets.Socket");
            var tcpClient = compilation.GetTypeByMetadataName("System.Net.Sockets.TcpClient");
            var ipEndPoint = compilation.GetTypeByMetadataName("System.Net.IPEndPoint");
            var methods = 0;
            var candidates = 0;
            foreach (var tree in corpus.Trees)
            {
                var text = tree.GetText().ToString();
                var mayHoldCandidates = CandidateNames.Any(name => text.Contains(name, StringComparison.Ordinal)) || text.Contains("TcpClient", StringComparison.Ordinal);
                var model = mayHoldCandidates ? compilation.GetSemanticModel(tree) : null;
                foreach (var method in CodeBlocks(tree.GetRoot()))
                {
                    methods++;

                    if (model is not null && IsCandidate(method, model, socket, tcpClient, ipEndPoint))
                    {
                        candidates++;
                    }
                }
            }

            return new SourceFolderDescription(corpus.Name, corpus.Root, corpus.Trees.Length, corpus.LeftOutFiles, corpus.Lines, corpus.HasImplicitUsings, methods, candidates, errors);
        }

        private static IEnumerable<SyntaxNode> CodeBlocks(SyntaxNode root)
        {
            if (root is CompilationUnitSyntax unit && unit.Members.OfType<GlobalStatementSyntax>().Any())
            {
                yield return unit;
            }

            foreach (var node in root.DescendantNodes())
            {
                var hasBody = node switch
                {
                    BaseMethodDeclarationSyntax method => method.Body is not null || method.ExpressionBody is not null,
                    AccessorDeclarationSyntax accessor => accessor.Body is not null || accessor.ExpressionBody is not null,
                    PropertyDeclarationSyntax property => property.ExpressionBody is not null,
                    IndexerDeclarationSyntax indexer => indexer.ExpressionBody is not null,
                    _ => false,
                };
                if (hasBody)
                {
                    yield return node;
                }
            }
        }

        private static bool IsCandidate(SyntaxNode method, SemanticModel model, INamedTypeSymbol? socket, INamedTypeSymbol? tcpClient, INamedTypeSymbol? ipEndPoint)
        {
            foreach (var node in method.DescendantNodes())
            {
                switch (node)
                {
                    case SimpleNameSyntax name when CandidateNames.Contains(name.Identifier.ValueText):
                        if (Symbols(model.GetSymbolInfo(name)).Any(symbol => symbol is IMethodSymbol target
                            && (SymbolEqualityComparer.Default.Equals(target.ContainingType, socket) || SymbolEqualityComparer.Default.Equals(target.ContainingType, tcpClient))))
                        {
                            return true;
                        }

                        break;
                    // Only creations that can be a TcpClient are bound: the type's name says so, or the target type decides.
                    case BaseObjectCreationExpressionSyntax creation when creation is ImplicitObjectCreationExpressionSyntax
                        || ((ObjectCreationExpressionSyntax)creation).Type.ToString().EndsWith("TcpClient", StringComparison.Ordinal):
                        if (Symbols(model.GetSymbolInfo(creation)).Any(symbol => symbol is IMethodSymbol constructor
                            && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, tcpClient)
                            && constructor.Parameters.Length == 1
                            && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, ipEndPoint)))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        private static IEnumerable<ISymbol> Symbols(SymbolInfo info) =>
            info.Symbol is null ? info.CandidateSymbols : new[] { info.Symbol };
    }
}
