using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BindNoPort.Bench.Corpus
{
    /// <summary>Parsed sources that the analyzer cost experiments compile afresh for every measurement.</summary>
    public interface ICompilableCorpus
    {
        /// <summary>The name the measurements and tables carry.</summary>
        string Name { get; }

        /// <summary>A new compilation, sharing nothing semantic with earlier ones.</summary>
        CSharpCompilation CreateCompilation(ImmutableDictionary<string, ReportDiagnostic>? diagnosticOptions = null);
    }
}
