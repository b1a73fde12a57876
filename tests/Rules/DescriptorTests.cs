using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace BindNoPort.Tests.Rules
{
    /// <summary>Every rule has its four places: an ID, a descriptor with a help link, a doc page, and a release entry.</summary>
    public class DescriptorTests
    {
        public static IEnumerable<object[]> AllDescriptors =>
            DescriptorFields().Select(descriptorField => new object[] { descriptorField.Name });

        public static IEnumerable<object[]> AllRuleIds =>
            typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(idField => new object[] { (string)idField.GetRawConstantValue()! });

        [Fact]
        public void EveryRuleIdHasExactlyOneDescriptor()
        {
            var descriptorIds = DescriptorFields().Select(field => Descriptor(field.Name).Id).ToList();
            var ruleIds = AllRuleIds.Select(row => (string)row[0]).ToList();
            Assert.Equal(ruleIds.OrderBy(id => id), descriptorIds.OrderBy(id => id));
        }

        [Theory]
        [MemberData(nameof(AllDescriptors))]
        public void DescriptorIsNamedAfterItsIdAndLinksToItsDoc(string fieldName)
        {
            var descriptor = Descriptor(fieldName);
            Assert.StartsWith(descriptor.Id, fieldName, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
            Assert.Equal(Descriptors.Category, descriptor.Category);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Category));
            Assert.Equal(Descriptors.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.EndsWith("docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.True(File.Exists(DocPath(descriptor.Id)), $"{descriptor.HelpLinkUri} links to {DocPath(descriptor.Id)}, which does not exist.");
        }

        [Theory]
        [MemberData(nameof(AllDescriptors))]
        public void DescriptorIsInTheUnshippedReleaseWithItsSeverity(string fieldName)
        {
            var descriptor = Descriptor(fieldName);
            var row = ReleaseRows().SingleOrDefault(columns => columns[0] == descriptor.Id);
            Assert.True(row is not null, $"{descriptor.Id} is missing from AnalyzerReleases.Unshipped.md.");
            Assert.Equal(descriptor.Category, row![1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
        }

        [Theory]
        [MemberData(nameof(AllRuleIds))]
        public void EveryRuleHasADocWithItsSections(string id)
        {
            var path = DocPath(id);
            Assert.True(File.Exists(path), $"{path} does not exist.");
            var doc = File.ReadAllText(path);
            Assert.StartsWith("# " + id + ":", doc, StringComparison.Ordinal);
            Assert.Contains("dotnet_diagnostic." + id + ".severity", doc, StringComparison.Ordinal);
            Assert.Contains("## Non-compliant code", doc, StringComparison.Ordinal);
            Assert.Contains("## Compliant code", doc, StringComparison.Ordinal);
            Assert.Contains("## When to suppress", doc, StringComparison.Ordinal);
        }

        [Fact]
        public void EveryAnalyzerDescriptorIsInDescriptors()
        {
            var declared = DescriptorFields().Select(field => Descriptor(field.Name)).ToList();
            var supported = typeof(Descriptors).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
                .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
                .ToList();
            Assert.NotEmpty(supported);
            Assert.All(supported, descriptor => Assert.Contains(descriptor, declared));
        }

        private static IEnumerable<FieldInfo> DescriptorFields() =>
            typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.FieldType == typeof(DiagnosticDescriptor));

        private static DiagnosticDescriptor Descriptor(string fieldName) =>
            (DiagnosticDescriptor)typeof(Descriptors).GetField(fieldName, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        private static string DocPath(string id) => Path.Combine(RepositoryRoot(), "docs", "rules", id + ".md");

        // Rows of the "Rule ID | Category | Severity | Notes" table.
        private static IEnumerable<string[]> ReleaseRows() =>
            File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "Analyzers", "AnalyzerReleases.Unshipped.md"))
                .Where(line => line.StartsWith("BNP", StringComparison.Ordinal))
                .Select(line => line.Split('|').Select(column => column.Trim()).ToArray());

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory + ": the tests run from the repository's build output.");
        }
    }
}
