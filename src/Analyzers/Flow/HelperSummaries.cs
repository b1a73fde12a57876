using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What a helper does to one socket parameter, seen from its end.</summary>
    internal sealed class ParameterEffect
    {
        public ParameterEffect(BindFact? bind, bool setsOption)
        {
            Bind = bind;
            SetsOption = setsOption;
        }

        /// <summary>The Bind inside the helper; Unsafe when the helper binds without setting the option first.</summary>
        public BindFact? Bind { get; }

        /// <summary>The option is set (or the socket handed on) on every path through the helper.</summary>
        public bool SetsOption { get; }
    }

    /// <summary>What a method of the compilation does to the sockets passed to it and to the one it returns.</summary>
    internal sealed class MethodSummary
    {
        public static readonly MethodSummary None = new MethodSummary(ImmutableDictionary<int, ParameterEffect>.Empty, null);

        public MethodSummary(ImmutableDictionary<int, ParameterEffect> parameters, SocketFacts? returned)
        {
            Parameters = parameters;
            Returned = returned;
        }

        /// <summary>By parameter ordinal.</summary>
        public ImmutableDictionary<int, ParameterEffect> Parameters { get; }

        /// <summary>The facts of the returned socket when every return gives a TCP socket the helper created; null otherwise.</summary>
        public SocketFacts? Returned { get; }
    }

    /// <summary>
    /// Summaries of methods of the compilation that take or return sockets, computed lazily from the
    /// callee's syntax and cached per compilation. A summary does not look into further helpers:
    /// calls inside a helper are handed-on sockets, which keeps the work bounded and cycles impossible.
    /// </summary>
    internal sealed class HelperSummaries
    {
        private readonly RequiredSymbols _symbols;
        private readonly SocketMentions _mentions;
        private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _cache = new ConcurrentDictionary<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);

        public HelperSummaries(RequiredSymbols symbols, SocketMentions mentions)
        {
            _symbols = symbols;
            _mentions = mentions;
        }

        /// <summary>The summary of a method of this compilation with one body; null for anything else (metadata, abstract, virtual, partial), whose effect is not known.</summary>
        public MethodSummary? Get(IMethodSymbol method)
        {
            method = method.ReducedFrom ?? method;
            method = method.OriginalDefinition;
            if (method.MethodKind != MethodKind.Ordinary || method.IsAbstract || method.IsVirtual || method.IsOverride || method.IsExtern
                || method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null
                || method.DeclaringSyntaxReferences.Length != 1
                || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _symbols.Compilation.Assembly))
            {
                return null;
            }

            return _cache.GetOrAdd(method, Summarize);
        }

        [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer", Justification = "A helper's body lives in another member, often another file; its summary is computed once per compilation and cached.")]
        private MethodSummary Summarize(IMethodSymbol method)
        {
            var declaration = method.DeclaringSyntaxReferences[0].GetSyntax(CancellationToken.None);
            if (!_mentions.MayUseSockets(declaration))
            {
                return MethodSummary.None;
            }

            var model = _symbols.Compilation.GetSemanticModel(declaration.SyntaxTree);
            var graph = GraphBuilder.Create(model, declaration, CancellationToken.None).FirstOrDefault();
            if (graph is null)
            {
                return MethodSummary.None;
            }

            var initial = FlowState.Entry;
            var parameterKeys = new Dictionary<int, SocketKey>();
            foreach (var parameter in method.Parameters)
            {
                if (!_symbols.IsTrackedType(parameter.Type))
                {
                    continue;
                }

                var key = SocketKey.Of(parameter);
                if (_symbols.IsTcpClient(parameter.Type) && _symbols.TcpClientSocket is IPropertySymbol client)
                {
                    key = key.Append(client);
                }

                parameterKeys[parameter.Ordinal] = key;
            }

            var analysis = new SocketFlowAnalysis(_symbols, graph, helpers: null, initial, CancellationToken.None);
            var result = analysis.Run();
            if (result is null)
            {
                return MethodSummary.None;
            }

            var parameters = ImmutableDictionary.CreateBuilder<int, ParameterEffect>();
            foreach (var handled in analysis.HandledInNestedCode)
            {
                if (handled is IParameterSymbol parameter && parameterKeys.ContainsKey(parameter.Ordinal)
                    && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
                {
                    // A lambda in the helper may set the option: count the socket as handed to code that may.
                    parameters[parameter.Ordinal] = new ParameterEffect(null, setsOption: true);
                }
            }

            if (result.Exit is FlowState exit)
            {
                foreach (var pair in parameterKeys)
                {
                    var facts = exit.Get(pair.Value);
                    var bind = FirstBind(facts);
                    if ((bind is not null || facts.Deferred) && !parameters.ContainsKey(pair.Key))
                    {
                        parameters[pair.Key] = new ParameterEffect(bind, facts.Deferred);
                    }
                }
            }

            var returned = !result.ReturnsUntracked && result.Returned is { Kind: SocketKind.Tcp } ? result.Returned : null;
            return new MethodSummary(parameters.ToImmutable(), returned);
        }

        private static BindFact? FirstBind(SocketFacts facts)
        {
            BindFact? first = null;
            foreach (var bind in facts.Binds)
            {
                if (bind.Form == BindForm.Deferred)
                {
                    continue;
                }

                if (first is null || bind.Operation.Syntax.SpanStart < first.Operation.Syntax.SpanStart)
                {
                    first = bind;
                }
            }

            return first;
        }
    }
}
