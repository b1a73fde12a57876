using System.Collections.Generic;

namespace BindNoPort.Bench.Corpus
{
    /// <summary>What to generate: about <paramref name="TargetLines"/> lines, a share of the methods being socket code.</summary>
    public sealed record CorpusSpec(string Name, int TargetLines, double SocketMethodShare, int Seed)
    {
        /// <summary>One method in a hundred is socket code.</summary>
        public static CorpusSpec Dense(int targetLines) => new("dense", targetLines, 0.01, 20260101);

        /// <summary>Same size, one method in a thousand is socket code.</summary>
        public static CorpusSpec Sparse(int targetLines) => new("sparse", targetLines, 0.001, 20260101);
    }

    /// <summary>One generated source file.</summary>
    public sealed record GeneratedFile(string Path, string Text);

    /// <summary>The generated files and what they hold.</summary>
    public sealed record GeneratedCorpus(CorpusSpec Spec, IReadOnlyList<GeneratedFile> Files, int Lines, int Methods, int SocketMethods, IReadOnlyDictionary<string, int> SocketShapes);
}

namespace BindNoPort.Bench.Corpus
{
    /// <summary>What a loaded corpus holds.</summary>
    public sealed record CorpusDescription(string Name, double SocketMethodShare, int GeneratedLines, int OwnSourceLines, int Methods, int SocketMethods, int Files, IReadOnlyDictionary<string, int> SocketShapes);
}
