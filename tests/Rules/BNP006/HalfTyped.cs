using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Xunit;

namespace BindNoPort.Tests.Rules.BNP006
{
    /// <summary>Every BNP006 source, cut and broken as while typing, must never make the analyzer throw.</summary>
    public sealed class HalfTyped
    {
        // The {|#0:...|} locations of Microsoft.CodeAnalysis.Testing, which the half-typed variants do without.
        private static readonly Regex LocationMarkup = new(@"\{\|#\d+:|\|\}", RegexOptions.Compiled);

        public static IEnumerable<object[]> Sources() =>
            new[] { typeof(Diagnostics), typeof(Valid) }
                .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Select(field => new object[] { field.DeclaringType!.Name + "." + field.Name });

        [Theory]
        [MemberData(nameof(Sources))]
        public Task Source_NeverMakesTheAnalyzerThrow(string name)
        {
            var parts = name.Split('.');
            var type = parts[0] == nameof(Diagnostics) ? typeof(Diagnostics) : typeof(Valid);
            var source = LocationMarkup.Replace((string)type.GetField(parts[1])!.GetRawConstantValue()!, string.Empty);
            return TruncatedSources.AssertNoAnalyzerExceptionAsync<BindIPEndPointDelegateAnalyzer>(source);
        }
    }
}
