using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Analyzers.Options
{
    /// <summary>
    /// The methods of other assemblies a user declares to set IP_BIND_ADDRESS_NO_PORT on the socket passed to them, in
    /// .editorconfig as NetAnalyzers' symbol options are written:
    /// <c>dotnet_code_quality.port_deferring_methods = M:Company.Net.Tuning.NoPort(System.Net.Sockets.Socket)|T:Company.Net.Tuning</c>,
    /// also under a rule's own prefix (<c>dotnet_code_quality.BNP001.port_deferring_methods</c>). Entries are documentation-comment
    /// IDs (M: a method, T: every method of a type) or a method's full name without a prefix (every overload). Any other
    /// method of another assembly is taken not to set the option: no public library but BindNoPort.Runtime does.
    /// </summary>
    internal sealed class PortDeferringMethods
    {
        public const string OptionName = "port_deferring_methods";

        private static readonly string[] RulePrefixes = { "dotnet_code_quality.", "dotnet_code_quality.BNP001.", "dotnet_code_quality.BNP002.", "dotnet_code_quality.BNP004.", "dotnet_code_quality.BNP005." };

        private readonly ImmutableHashSet<ISymbol> _symbols;
        private readonly ImmutableHashSet<string> _names;

        private PortDeferringMethods(ImmutableHashSet<ISymbol> symbols, ImmutableHashSet<string> names)
        {
            _symbols = symbols;
            _names = names;
        }

        public static PortDeferringMethods None { get; } = new PortDeferringMethods(ImmutableHashSet<ISymbol>.Empty, ImmutableHashSet<string>.Empty);

        /// <summary>Whether the user listed <paramref name="method"/>, by itself, by its type or by its full name.</summary>
        public bool Contains(IMethodSymbol method)
        {
            if (_symbols.IsEmpty && _names.IsEmpty)
            {
                return false;
            }

            var definition = method.OriginalDefinition;
            return _symbols.Contains(definition)
                || (definition.ContainingType is not null && _symbols.Contains(definition.ContainingType.OriginalDefinition))
                || _names.Contains(definition.ContainingType?.ToDisplayString() + "." + definition.Name);
        }

        /// <summary>Reads the option for one syntax tree, parsing each distinct value once per compilation.</summary>
        public sealed class Reader
        {
            private readonly Compilation _compilation;
            private readonly AnalyzerConfigOptionsProvider _options;
            private readonly ConcurrentDictionary<string, PortDeferringMethods> _parsed = new ConcurrentDictionary<string, PortDeferringMethods>(StringComparer.Ordinal);

            public Reader(Compilation compilation, AnalyzerConfigOptionsProvider options)
            {
                _compilation = compilation;
                _options = options;
            }

            public PortDeferringMethods For(SyntaxTree tree)
            {
                var options = _options.GetOptions(tree);
                var values = RulePrefixes
                    .Select(prefix => options.TryGetValue(prefix + OptionName, out var value) || _options.GlobalOptions.TryGetValue(prefix + OptionName, out value) ? value : null)
                    .Where(value => !string.IsNullOrWhiteSpace(value))
                    .ToList();
                return values.Count == 0 ? None : _parsed.GetOrAdd(string.Join("|", values), Parse);
            }

            private PortDeferringMethods Parse(string text)
            {
                var symbols = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);
                var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                foreach (var entry in text.Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()).Where(part => part.Length > 0))
                {
                    if (entry.StartsWith("M:", StringComparison.Ordinal) || entry.StartsWith("T:", StringComparison.Ordinal))
                    {
                        foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(entry, _compilation))
                        {
                            symbols.Add(symbol.OriginalDefinition);
                        }
                    }
                    else
                    {
                        names.Add(entry);
                    }
                }

                return new PortDeferringMethods(symbols.ToImmutable(), names.ToImmutable());
            }
        }
    }
}
