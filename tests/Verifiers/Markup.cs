using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace BindNoPort.Tests.Verifiers
{
    /// <summary>A diagnostic a test expects: its ID (null for [|...|], resolved later) and span.</summary>
    public sealed record ExpectedDiagnostic(string? Id, TextSpan Span);

    /// <summary>
    /// Reads the markup every Roslyn author knows: [|code|] marks an expected diagnostic,
    /// {|ID:code|} names its ID, and {|#0:code|} is a location of Microsoft.CodeAnalysis.Testing,
    /// stripped like the others but expecting nothing (read so that its sources can be swept).
    /// </summary>
    public static class Markup
    {
        public static (string Source, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
        {
            var source = new StringBuilder(markup.Length);
            var expected = new List<ExpectedDiagnostic>();
            var open = new Stack<(string? Id, int Start)>();
            for (var i = 0; i < markup.Length; i++)
            {
                if (Starts(markup, i, "[|"))
                {
                    open.Push((null, source.Length));
                    i++;
                }
                else if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|' && TryReadId(markup, i + 2, out var id, out var colon))
                {
                    open.Push((id, source.Length));
                    i = colon;
                }
                else if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
                {
                    if (open.Count == 0)
                    {
                        throw new FormatException($"Markup closes a span that was never opened at offset {i}.");
                    }

                    var (spanId, start) = open.Pop();
                    if ((markup[i + 1] == ']') != (spanId is null))
                    {
                        throw new FormatException($"Markup at offset {i} closes a span opened with the other bracket kind.");
                    }

                    // {|#0:...|} only marks a location, as in Microsoft.CodeAnalysis.Testing: no diagnostic is expected there.
                    if (spanId is null || spanId[0] != '#')
                    {
                        expected.Add(new ExpectedDiagnostic(spanId, TextSpan.FromBounds(start, source.Length)));
                    }

                    i++;
                }
                else
                {
                    source.Append(markup[i]);
                }
            }

            if (open.Count != 0)
            {
                throw new FormatException("Markup opens a span it never closes.");
            }

            return (source.ToString(), expected);
        }

        private static bool Starts(string text, int index, string token) =>
            string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

        private static bool TryReadId(string text, int start, out string id, out int colon)
        {
            var end = start < text.Length && text[start] == '#' ? start + 1 : start;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            id = text.Substring(start, end - start);
            colon = end;
            return id.Length > 0 && end < text.Length && text[end] == ':';
        }
    }
}
