using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace BindNoPort.Tests.Verifiers
{
    /// <summary>
    /// Half-typed code must never make an analyzer throw. The variants: every prefix that ends at a
    /// line break, the source without each single line, the source without each closing brace, and
    /// each line that names a socket member cut after every punctuation mark, as while typing it.
    /// Compiler errors are expected in them; an analyzer exception is a failure.
    /// </summary>
    public static class TruncatedSources
    {
        private static readonly string[] TypedNames =
            { "Bind", "Connect", "TcpClient", "Socket", "SetSocketOption", "SetRawSocketOption", "Listen", "IPEndPoint" };

        public static async Task AssertNoAnalyzerExceptionAsync<TAnalyzer>(string source, TestOptions? options = null)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            options ??= TestOptions.Default;
            var references = ReferenceAssemblies.For(options);
            var failures = new List<string>();
            foreach (var variant in Variants(Markup.Parse(source).Source))
            {
                var exceptions = await ExceptionsAsync(new TAnalyzer(), variant, references, options).ConfigureAwait(false);
                if (exceptions.Count > 0)
                {
                    failures.Add($"--- variant:\n{variant}\n--- threw:\n{exceptions[0]}");
                }
            }

            if (failures.Count > 0)
            {
                throw new XunitException($"{typeof(TAnalyzer).Name} threw on {failures.Count} half-typed variants. First:\n{failures[0]}");
            }
        }

        public static IEnumerable<string> Variants(string source)
        {
            var lines = source.Split('\n');
            for (var count = 1; count < lines.Length; count++)
            {
                yield return string.Join("\n", lines.Take(count));
            }

            for (var skip = 0; skip < lines.Length; skip++)
            {
                yield return string.Join("\n", lines.Where((_, index) => index != skip));
            }

            for (var index = source.IndexOf('}'); index >= 0; index = source.IndexOf('}', index + 1))
            {
                yield return source.Remove(index, 1);
            }

            for (var lineIndex = 0; lineIndex < lines.Length; lineIndex++)
            {
                var line = lines[lineIndex];
                if (!TypedNames.Any(name => line.Contains(name)))
                {
                    continue;
                }

                for (var cut = 0; cut < line.Length; cut++)
                {
                    if (char.IsPunctuation(line[cut]) || char.IsSymbol(line[cut]))
                    {
                        var typedSoFar = line.Substring(0, cut + 1);
                        yield return string.Join("\n", lines.Take(lineIndex).Append(typedSoFar).Concat(lines.Skip(lineIndex + 1)));
                    }
                }
            }
        }

        private static async Task<List<string>> ExceptionsAsync(
            DiagnosticAnalyzer analyzer, string source, ImmutableArray<MetadataReference> references, TestOptions options)
        {
            var compilation = CSharpCompilation.Create(
                "Truncated",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs") },
                references,
                new CSharpCompilationOptions(options.OutputKind, nullableContextOptions: NullableContextOptions.Enable));
            var exceptions = new List<string>();
            var analyzerOptions = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception.ToString()); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), analyzerOptions)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
            exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()));
            return exceptions;
        }
    }
}
