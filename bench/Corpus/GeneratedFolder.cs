using System.IO;

namespace BindNoPort.Bench.Corpus
{
    /// <summary>
    /// A generated corpus written out as a folder of C# files, so it is measured exactly as a fetched project is:
    /// the generated application code alone, without the project's own sources.
    /// </summary>
    public static class GeneratedFolder
    {
        /// <summary>Name prefix of such folders; the report keeps them apart from real projects.</summary>
        public const string Prefix = "generated-";

        /// <summary>Writes the corpus under <paramref name="parent"/>, replacing an earlier copy, and returns its folder.</summary>
        public static string Write(CorpusSpec spec, string parent)
        {
            var folder = Path.Combine(parent, Prefix + spec.Name + "-" + spec.TargetLines.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            foreach (var file in CorpusGenerator.Generate(spec).Files)
            {
                var path = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }

            return folder;
        }
    }
}
