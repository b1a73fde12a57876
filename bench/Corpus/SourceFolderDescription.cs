using System.Collections.Generic;

namespace BindNoPort.Bench.Corpus
{
    /// <summary>
    /// What a source folder holds (see <see cref="SourceFolderCensus"/> for what counts as a method and a
    /// candidate method); <paramref name="CompilerErrors"/> counts errors by id, most frequent first.
    /// </summary>
    public sealed record SourceFolderDescription(
        string Name,
        string Root,
        int Files,
        int LeftOutFiles,
        int Lines,
        bool ImplicitUsings,
        int Methods,
        int CandidateMethods,
        IReadOnlyDictionary<string, int> CompilerErrors);
}
