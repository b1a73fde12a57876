using System.Diagnostics.CodeAnalysis;
using BindNoPort.Analyzers.Options;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What every graph analysis of one compilation shares: its symbols, prefilter, caches and options.</summary>
    internal sealed class FlowEnvironment
    {
        private readonly PortDeferringMethods.Reader _deferringMethods;

        public FlowEnvironment(RequiredSymbols symbols, PortDeferringMethods.Reader deferringMethods)
        {
            Symbols = symbols;
            Mentions = new SocketMentions(symbols);
            Shapes = new BindShapes(Mentions, symbols);
            Reach = new SocketReach(this);
            Prefilter = new BindPrefilter(this);
            Holders = new SocketHolders(symbols);
            Facts = new FlowFacts(this);
            Graphs = new Graphs();
            Dispatch = new DispatchViews(this);
            _deferringMethods = deferringMethods;
        }

        public RequiredSymbols Symbols { get; }

        public SocketMentions Mentions { get; }

        /// <summary>Whether text has the shape of a direct bind.</summary>
        public BindShapes Shapes { get; }

        public SocketReach Reach { get; }

        public BindPrefilter Prefilter { get; }

        public SocketHolders Holders { get; }

        public FlowFacts Facts { get; }

        /// <summary>The concrete classes a base class's code is also analyzed as.</summary>
        public DispatchViews Dispatch { get; }

        public Graphs Graphs { get; }

        /// <summary>The methods of other assemblies the .editorconfig of <paramref name="tree"/> says set the option.</summary>
        public PortDeferringMethods DeferringMethodsFor(SyntaxTree tree) => _deferringMethods.For(tree);

        /// <summary>
        /// The semantic model of a tree other than the one being analyzed: a helper's, a base type's. The driver's
        /// compilation hands out its own cached models (Roslyn's CachingSemanticModelProvider), so this shares the
        /// bound trees and operation trees the driver builds for every analyzer, rather than binding them again.
        /// </summary>
        [SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer", Justification = "The analyzer driver's compilation returns its cached models: nothing is bound twice.")]
        public SemanticModel ModelFor(SyntaxTree tree) => Symbols.Compilation.GetSemanticModel(tree);
    }
}
