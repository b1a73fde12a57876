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
        /// The source with the option block before the line holding location #0; the framework names written in full
        /// unless the file imports System, as the fix writes them.
        /// </summary>
        public static string Inline(string markup, string socket) => InlineAt(markup, FirstLocation, socket);

        /// <summary>The same for a source whose diagnostic is marked {|<paramref name="rule"/>:...|}, as BNP002's older tests mark it.</summary>
        public static string Inline(string markup, string rule, string socket) => InlineAt(markup, "{|" + rule + ":", socket);

        /// <summary>The source with the option block inserted before the first line that reads <paramref name="statement"/>.</summary>
        public static string WithOptionBefore(string source, string statement, string socket)
        {
            var lines = source.Split('\n').ToList();
            var index = lines.FindIndex(line => line.Trim() == statement);
            Assert.True(index >= 0, "The source has no line '" + statement + "'.");
            var indent = lines[index].Substring(0, lines[index].Length - lines[index].TrimStart().Length);
            var system = lines.Contains("using System;") ? string.Empty : "System.";
            lines.InsertRange(index, new[]
            {
                indent + "// IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.",
                indent + "if (" + system + "OperatingSystem.IsLinux())",
                indent + "{",
                indent + "    " + socket + ".SetRawSocketOption(0, 24, " + system + "BitConverter.GetBytes(1));",
                indent + "}",
            });
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
