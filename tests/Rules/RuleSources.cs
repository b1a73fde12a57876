using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindNoPort.Tests.Rules
{
    /// <summary>
    /// The rule tests' sources, found by reflection: every <c>public const string</c> of every class named Valid or
    /// Diagnostics in a namespace under BindNoPort.Tests.Rules, so that a source added to any rule is covered by the
    /// tests that run over all of them, with no list to update. A source is named "BNP002.Valid.UnboundClient".
    /// </summary>
    internal static class RuleSources
    {
        public const string Valid = "Valid";

        public const string Diagnostics = "Diagnostics";

        private const string RulesNamespace = "BindNoPort.Tests.Rules.";

        private static readonly Regex MarkupSpan = new(@"\{\|[#\w]+:|\[\||\|\}|\|\]", RegexOptions.CultureInvariant);

        private static readonly Lazy<ImmutableDictionary<string, string>> All = new(Discover);

        private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Net80WithRuntime = new(async () =>
            (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false)).Add(TestReferences.Runtime));

        /// <summary>The names of the sources held by classes of the given names (Valid, Diagnostics), in ordinal order.</summary>
        public static IEnumerable<string> Names(params string[] classNames) =>
            All.Value.Keys
                .Where(name => classNames.Contains(name.Split('.')[1], StringComparer.Ordinal))
                .OrderBy(name => name, StringComparer.Ordinal);

        /// <summary>The source named "BNP002.Valid.UnboundClient", markup included.</summary>
        public static string Get(string name) => All.Value[name];

        /// <summary>The source with the library's span markup ({|#0:...|}, {|ID:...|}, [|...|]) removed.</summary>
        public static string WithoutMarkup(string source) =>
            MarkupSpan.Replace(source, string.Empty);

        /// <summary>ConsoleApplication for a source with top-level statements, which a library cannot hold.</summary>
        public static OutputKind OutputKindFor(string source) =>
            CSharpSyntaxTree.ParseText(source).GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any()
                ? OutputKind.ConsoleApplication
                : OutputKind.DynamicallyLinkedLibrary;

        /// <summary>What the sweep compiles against: the net8.0 reference assemblies (restored once) and BindNoPort.Runtime.</summary>
        public static Task<ImmutableArray<MetadataReference>> ReferencesAsync() => Net80WithRuntime.Value;

        private static ImmutableDictionary<string, string> Discover() =>
            typeof(RuleSources).Assembly.GetTypes()
                .Where(type => type.Namespace is { } ns
                    && ns.StartsWith(RulesNamespace, StringComparison.Ordinal)
                    && type.Name is Valid or Diagnostics)
                .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                    .Select(field => (Name: type.Namespace!.Substring(RulesNamespace.Length) + "." + type.Name + "." + field.Name, Source: (string)field.GetRawConstantValue()!)))
                .ToImmutableDictionary(source => source.Name, source => source.Source, StringComparer.Ordinal);
    }
}
