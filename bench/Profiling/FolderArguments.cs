using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace BindNoPort.Bench.Profiling
{
    /// <summary>The command line of the commands that compile source folders: folders, and <c>--rounds N</c>.</summary>
    public sealed record FolderArguments(IReadOnlyList<string> Folders, int Rounds)
    {
        /// <summary>The folders and rounds given; null, with the reason in <paramref name="error"/>, for anything else.</summary>
        public static FolderArguments? Parse(string[] args, int defaultRounds, out string? error)
        {
            var rounds = defaultRounds;
            var folders = new List<string>();
            for (var index = 0; index < args.Length; index++)
            {
                if (args[index] == "--rounds" && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    rounds = parsed;
                    index++;
                }
                else if (Directory.Exists(args[index]))
                {
                    folders.Add(args[index]);
                }
                else
                {
                    error = $"'{args[index]}' is neither a folder nor an option.";
                    return null;
                }
            }

            error = null;
            return new FolderArguments(folders, rounds);
        }
    }
}
