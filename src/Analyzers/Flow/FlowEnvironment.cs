using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using BindNoPort.Analyzers.Options;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What every graph analysis of one compilation shares: its symbols, prefilter, caches and options.</summary>
    internal sealed class FlowEnvironment
    {
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
        private readonly PortDeferringMethods.Reader _deferringMethods;

        public FlowEnvironment(RequiredSymbols symbols, PortDeferringMethods.Reader deferringMethods)
        {
            Symbols = symbols;
            Mentions = new SocketMentions(symbols);
            Reach = new SocketReach(Mentions);
            Holders = new SocketHolders(symbols);
            Summaries = new MethodSummaries(this);
            Members = new MemberFactsCache(this);
            Graphs = new Graphs();
            _deferringMethods = deferringMethods;
        }

        public RequiredSymbols Symbols { get; }

        public SocketMentions Mentions { get; }

        public SocketReach Reach { get; }

        public SocketHolders Holders { get; }

        public MethodSummaries Summaries { get; }

        public MemberFactsCache Members { get; }

        public Graphs Graphs { get; }

        /// <summary>The methods of other assemblies the .editorconfig of <paramref name="tree"/> says set the option.</summary>
        public PortDeferringMethods DeferringMethodsFor(SyntaxTree tree) => _deferringMethods.For(tree);

        /// <summary>A semantic model of a tree other than the one being analyzed: a helper's, a base type's. One per tree.</summary>
        [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer", Justification = "Helpers and base types live in other members, often other files; what they do is computed once per compilation and cached.")]
        public SemanticModel ModelFor(SyntaxTree tree) => _models.GetOrAdd(tree, key => Symbols.Compilation.GetSemanticModel(key));
    }
}
