using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace BindNoPort.Tests.Rules.BNP001
{
    /// <summary>The expected output of the SetOptionBeforeBind fixes, written from a Diagnostics source.</summary>
    internal static class FixedSources
    {
        private const string FirstLocation = "{|#0:";

        // {|#0: and {|BNP001: alike: a location of Microsoft.CodeAnalysis.Testing or a diagnostic ID of the older markup.
        private static readonly Regex SpanStart = new(@"\{\|#?\w+:", RegexOptions.CultureInvariant);

        /// <summary>
        /// The source with the option block before the line holding location #0, and <c>using System;</c> first among the
        /// usings when the file has none, as the fix writes them.
        /// </summary>
        public static string Inline(string markup, string socket) => InlineAt(markup, FirstLocation, socket);

        /// <summary>The same for a source whose diagnostic is marked {|<paramref name="rule"/>:...|}, as BNP002's older tests mark it.</summary>
        public static string Inline(string markup, string rule, string socket) => InlineAt(markup, "{|" + rule + ":", socket);

        /// <summary>The source with the option block inserted before every line that reads <paramref name="statement"/>.</summary>
        public static string WithOptionBeforeEach(string source, string statement, string socket)
        {
            var count = source.Split('\n').Count(line => line.Trim() == statement);
            for (var index = 0; index < count; index++)
            {
                source = WithOptionBefore(source, statement, socket, occurrence: index);
            }

            return source;
        }

        /// <summary>The source with the option block inserted before the first line that reads <paramref name="statement"/>.</summary>
        public static string WithOptionBefore(string source, string statement, string socket) => WithOptionBefore(source, statement, socket, occurrence: 0);

        private static string WithOptionBefore(string source, string statement, string socket, int occurrence)
        {
            var lines = source.Split('\n').ToList();
            var index = Enumerable.Range(0, lines.Count).Where(line => lines[line].Trim() == statement).Skip(occurrence).DefaultIfEmpty(-1).First();
            Assert.True(index >= 0, "The source has no line '" + statement + "'.");
            var indent = lines[index].Substring(0, lines[index].Length - lines[index].TrimStart().Length);
            lines.InsertRange(index, new[]
            {
                indent + "// IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.",
                indent + "if (OperatingSystem.IsLinux())",
                indent + "{",
                indent + "    " + socket + ".SetRawSocketOption(0, 24, BitConverter.GetBytes(1));",
                indent + "}",
            });
            if (!lines.Contains("using System;"))
            {
                lines.Insert(lines.FindIndex(line => line.StartsWith("using ", StringComparison.Ordinal)), "using System;");
            }

            return string.Join("\n", lines);
        }

        /// <summary>The source with the Bind at location #0 called as BindForConnect, and BindNoPort imported after the last using.</summary>
        public static string BindForConnect(string markup) => BindForConnectAt(markup, FirstLocation);

        /// <summary>The same for a source whose diagnostic is marked {|<paramref name="rule"/>:...|}.</summary>
        public static string BindForConnect(string markup, string rule) => BindForConnectAt(markup, "{|" + rule + ":");

        public static string WithRuntimeImport(string source)
        {
            var lines = source.Split('\n').ToList();
            lines.Insert(lines.FindLastIndex(line => line.StartsWith("using ", StringComparison.Ordinal) && line.EndsWith(";", StringComparison.Ordinal)) + 1, "using BindNoPort;");
            return string.Join("\n", lines);
        }

        /// <summary>The source without its markup: what the fix leaves of every line it does not touch.</summary>
        public static string WithoutMarkup(string markup) => SpanStart.Replace(markup, string.Empty).Replace("|}", string.Empty, StringComparison.Ordinal);

        private static string InlineAt(string markup, string marker, string socket)
        {
            var markedLine = MarkedLine(markup, marker);
            return WithOptionBefore(WithoutMarkup(markup), WithoutMarkup(markedLine).Trim(), socket);
        }

        private static string BindForConnectAt(string markup, string marker)
        {
            var markedLine = MarkedLine(markup, marker);
            Assert.Contains(".Bind(", markedLine, StringComparison.Ordinal);
            var fixedLine = WithoutMarkup(markedLine).Replace(".Bind(", ".BindForConnect(", StringComparison.Ordinal);
            return WithRuntimeImport(WithoutMarkup(markup.Replace(markedLine, fixedLine, StringComparison.Ordinal)));
        }

        private static string MarkedLine(string markup, string marker)
        {
            var lines = markup.Split('\n').Where(line => line.Contains(marker, StringComparison.Ordinal)).ToList();
            return Assert.Single(lines);
        }
    }
}
