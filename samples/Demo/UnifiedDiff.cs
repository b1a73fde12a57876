using System;
using System.Collections.Generic;
using System.Text;

namespace BindNoPort.Samples.Demo
{
    /// <summary>A unified diff of two texts, line by line, with three lines of context.</summary>
    internal static class UnifiedDiff
    {
        private const int Context = 3;

        /// <summary>The diff, or an empty string when the texts are equal.</summary>
        public static string Create(string path, string before, string after)
        {
            string[] oldLines = SplitLines(before);
            string[] newLines = SplitLines(after);
            List<Edit> edits = Edits(oldLines, newLines);
            if (edits.TrueForAll(edit => edit.Kind == ' '))
            {
                return string.Empty;
            }

            var output = new StringBuilder();
            output.Append("--- a/").AppendLine(path.Replace('\\', '/'));
            output.Append("+++ b/").AppendLine(path.Replace('\\', '/'));
            int index = 0;
            while (index < edits.Count)
            {
                int firstChange = edits.FindIndex(index, edit => edit.Kind != ' ');
                if (firstChange < 0)
                {
                    break;
                }

                int start = Math.Max(index, firstChange - Context);
                int end = firstChange;
                int lastChange = firstChange;
                while (end < edits.Count && end - lastChange <= 2 * Context)
                {
                    if (edits[end].Kind != ' ')
                    {
                        lastChange = end;
                    }

                    end++;
                }

                end = Math.Min(edits.Count, lastChange + Context + 1);
                AppendHunk(output, edits, start, end);
                index = end;
            }

            return output.ToString();
        }

        private static void AppendHunk(StringBuilder output, List<Edit> edits, int start, int end)
        {
            int oldCount = 0;
            int newCount = 0;
            for (int i = start; i < end; i++)
            {
                oldCount += edits[i].Kind != '+' ? 1 : 0;
                newCount += edits[i].Kind != '-' ? 1 : 0;
            }

            output.Append("@@ -").Append(edits[start].OldLine).Append(',').Append(oldCount)
                .Append(" +").Append(edits[start].NewLine).Append(',').Append(newCount).AppendLine(" @@");
            for (int i = start; i < end; i++)
            {
                output.Append(edits[i].Kind).AppendLine(edits[i].Text);
            }
        }

        /// <summary>Longest common subsequence of lines; sample files are small enough for the quadratic table.</summary>
        private static List<Edit> Edits(string[] oldLines, string[] newLines)
        {
            int[,] common = new int[oldLines.Length + 1, newLines.Length + 1];
            for (int i = oldLines.Length - 1; i >= 0; i--)
            {
                for (int j = newLines.Length - 1; j >= 0; j--)
                {
                    common[i, j] = oldLines[i] == newLines[j]
                        ? common[i + 1, j + 1] + 1
                        : Math.Max(common[i + 1, j], common[i, j + 1]);
                }
            }

            var edits = new List<Edit>();
            int oldIndex = 0;
            int newIndex = 0;
            while (oldIndex < oldLines.Length || newIndex < newLines.Length)
            {
                if (oldIndex < oldLines.Length && newIndex < newLines.Length && oldLines[oldIndex] == newLines[newIndex])
                {
                    edits.Add(new Edit(' ', oldLines[oldIndex], oldIndex + 1, newIndex + 1));
                    oldIndex++;
                    newIndex++;
                }
                else if (oldIndex < oldLines.Length && (newIndex == newLines.Length || common[oldIndex + 1, newIndex] >= common[oldIndex, newIndex + 1]))
                {
                    edits.Add(new Edit('-', oldLines[oldIndex], oldIndex + 1, newIndex + 1));
                    oldIndex++;
                }
                else
                {
                    edits.Add(new Edit('+', newLines[newIndex], oldIndex + 1, newIndex + 1));
                    newIndex++;
                }
            }

            return edits;
        }

        private static string[] SplitLines(string text)
        {
            return text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        }

        private readonly struct Edit
        {
            public Edit(char kind, string text, int oldLine, int newLine)
            {
                Kind = kind;
                Text = text;
                OldLine = oldLine;
                NewLine = newLine;
            }

            /// <summary>' ' kept, '-' removed, '+' added.</summary>
            public char Kind { get; }

            public string Text { get; }

            public int OldLine { get; }

            public int NewLine { get; }
        }
    }
}
