using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace BindNoPort.Bench
{
    /// <summary>
    /// The bench's own options, taken out of the command line; everything else (--filter and the rest) is
    /// left for BenchmarkDotNet. --short: small corpora and few rounds. --lines N: the generated corpora's
    /// size. --corpus DIR, repeatable: measure the analyzers on these folders of C# sources instead of
    /// the generated corpora; --corpora DIR: every folder in DIR, as if each were given with --corpus;
    /// --generated N: with them, a generated corpus of N lines written to a folder and measured the same way.
    /// </summary>
    public sealed record BenchArguments(bool IsShort, int? Lines, IReadOnlyList<string> CorpusFolders, int? GeneratedLines, string[] BenchmarkArguments)
    {
        private const string ShortOption = "--short";
        private const string LinesOption = "--lines";
        private const string CorpusOption = "--corpus";
        private const string CorporaOption = "--corpora";
        private const string GeneratedOption = "--generated";

        /// <summary>Splits the command line into the bench's options and BenchmarkDotNet's.</summary>
        public static BenchArguments Parse(string[] args)
        {
            var isShort = false;
            int? lines = null;
            int? generated = null;
            var folders = new List<string>();
            var rest = new List<string>();
            for (var index = 0; index < args.Length; index++)
            {
                switch (args[index])
                {
                    case ShortOption:
                        isShort = true;
                        break;
                    case LinesOption:
                        lines = int.Parse(Value(args, ++index, LinesOption), System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    case CorpusOption:
                        var folder = Path.GetFullPath(Value(args, ++index, CorpusOption));
                        if (!Directory.Exists(folder))
                        {
                            throw new ArgumentException($"{CorpusOption} {folder}: no such folder.");
                        }

                        folders.Add(folder);
                        break;
                    case CorporaOption:
                        var parent = Path.GetFullPath(Value(args, ++index, CorporaOption));
                        if (!Directory.Exists(parent))
                        {
                            throw new ArgumentException($"{CorporaOption} {parent}: no such folder.");
                        }

                        folders.AddRange(Directory.GetDirectories(parent).OrderBy(path => path, StringComparer.Ordinal));
                        break;
                    case GeneratedOption:
                        generated = int.Parse(Value(args, ++index, GeneratedOption), System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    default:
                        rest.Add(args[index]);
                        break;
                }
            }

            return new BenchArguments(isShort, lines, folders, generated, rest.ToArray());
        }

        private static string Value(string[] args, int index, string option) =>
            index < args.Length ? args[index] : throw new ArgumentException($"{option} needs a value.");
    }
}
