using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The names a piece of code calls, read from its text without syntax nodes: an identifier followed by <c>(</c> or <c>&lt;</c>.</summary>
    internal static class CalledNames
    {
        /// <summary>Adds to <paramref name="names"/> every name called within <paramref name="span"/> of <paramref name="text"/>.</summary>
        public static void Add(string text, TextSpan span, HashSet<string> names)
        {
            var end = span.End;
            for (var index = span.Start; index < end;)
            {
                if (!IsIdentifierStart(text[index]) || (index > span.Start && IsIdentifierPart(text[index - 1])))
                {
                    index++;
                    continue;
                }

                var start = index;
                while (index < end && IsIdentifierPart(text[index]))
                {
                    index++;
                }

                if (IsCall(text, index, end))
                {
                    names.Add(text.Substring(start, index - start));
                }
            }
        }

        /// <summary>Whether the identifier <paramref name="name"/> at <paramref name="start"/> is a whole word followed by a call.</summary>
        public static bool IsCallAt(string text, int start, string name) =>
            !IsIdentifierPart(text, start - 1) && !IsIdentifierPart(text, start + name.Length) && IsCall(text, start + name.Length, text.Length);

        public static bool IsIdentifierPart(string text, int index) =>
            index >= 0 && index < text.Length && IsIdentifierPart(text[index]);

        private static bool IsCall(string text, int afterName, int end)
        {
            var next = afterName;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            return next < end && (text[next] == '(' || text[next] == '<');
        }

        private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';
    }
}
