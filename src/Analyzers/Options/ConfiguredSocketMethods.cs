using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BindNoPort.Analyzers.Options
{
    /// <summary>
    /// Methods of other assemblies that the configuration declares to bind, or to connect, the socket they are called on
    /// or given, so a bind or connect behind a library's helper is seen where it is called. Analyzers see only the
    /// metadata of referenced assemblies; `bindnoport globalconfig` writes these options from their code into a
    /// <c>.globalconfig</c>. What a method does is the same in every file, so a method listed anywhere, in the global
    /// options or in any file's .editorconfig section, counts for the whole compilation:
    /// <c>dotnet_code_quality.socket_binding_methods = M:Shared.SocketExtensions.BindReusable(System.Net.Sockets.Socket,System.Net.EndPoint)</c>
    /// , <c>dotnet_code_quality.socket_connecting_methods</c> and <c>dotnet_code_quality.bound_socket_factories</c> (methods
    /// that return a new TCP socket or TcpClient bound to the endpoint they are given), documentation-comment IDs separated by <c>|</c>.
    /// </summary>
    internal sealed class ConfiguredSocketMethods
    {
        public const string BindingOption = "socket_binding_methods";

        public const string ConnectingOption = "socket_connecting_methods";

        public const string BoundFactoryOption = "bound_socket_factories";

        private const string Prefix = "dotnet_code_quality.";

        private ConfiguredSocketMethods(ImmutableArray<IMethodSymbol> binding, ImmutableArray<IMethodSymbol> connecting, ImmutableArray<IMethodSymbol> boundFactories)
        {
            Binding = binding;
            Connecting = connecting;
            BoundFactories = boundFactories;
        }

        public static ConfiguredSocketMethods None { get; } = new ConfiguredSocketMethods(ImmutableArray<IMethodSymbol>.Empty, ImmutableArray<IMethodSymbol>.Empty, ImmutableArray<IMethodSymbol>.Empty);

        /// <summary>The listed methods that bind the socket they are called on or given, to the endpoint they are given.</summary>
        public ImmutableArray<IMethodSymbol> Binding { get; }

        /// <summary>The listed methods that connect the socket they are called on or given.</summary>
        public ImmutableArray<IMethodSymbol> Connecting { get; }

        /// <summary>The listed methods that return a TCP socket or TcpClient, new, bound to the endpoint they are given, without the option.</summary>
        public ImmutableArray<IMethodSymbol> BoundFactories { get; }

        /// <summary>The methods listed for the compilation; a method of the compilation itself is summarized instead, so it is left out.</summary>
        public static ConfiguredSocketMethods Read(Compilation compilation, AnalyzerConfigOptionsProvider options)
        {
            var sources = new[] { options.GlobalOptions }.Concat(compilation.SyntaxTrees.Select(options.GetOptions)).ToList();
            var binding = Resolve(compilation, sources, BindingOption);
            var connecting = Resolve(compilation, sources, ConnectingOption);
            var boundFactories = Resolve(compilation, sources, BoundFactoryOption);
            return binding.IsEmpty && connecting.IsEmpty && boundFactories.IsEmpty ? None : new ConfiguredSocketMethods(binding, connecting, boundFactories);
        }

        private static ImmutableArray<IMethodSymbol> Resolve(Compilation compilation, List<AnalyzerConfigOptions> sources, string option)
        {
            var values = sources
                .Select(source => source.TryGetValue(Prefix + option, out var text) ? text : null)
                .Where(text => !string.IsNullOrWhiteSpace(text))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return values.SelectMany(text => text!.Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries))
                .Select(entry => entry.Trim())
                .Where(entry => entry.StartsWith("M:", StringComparison.Ordinal))
                .SelectMany(entry => DocumentationCommentId.GetSymbolsForDeclarationId(entry, compilation))
                .OfType<IMethodSymbol>()
                .Select(method => method.OriginalDefinition)
                .Where(method => !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly))
                .Distinct(SymbolEqualityComparer.Default)
                .Cast<IMethodSymbol>()
                .ToImmutableArray();
        }
    }
}
