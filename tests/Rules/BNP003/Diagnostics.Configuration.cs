using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.OptionSetTheWrongWayAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP003
{
    /// <summary>What configuration does to a BNP003 diagnostic: none in a generated file, none when turned off, a suggestion when lowered.</summary>
    public sealed partial class Diagnostics
    {
        public const string OptionTwentyFourInAFile = """
            using System.Net.Sockets;

            class C
            {
                void M(Socket socket)
                {
                    {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|};
                }
            }
            """;

        [Fact]
        public Task OptionTwentyFour_WarnsByDefault() => VerifyCS.VerifyAnalyzerAsync(
            OptionTwentyFourInAFile,
            VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall).WithSeverity(DiagnosticSeverity.Warning));

        // A *.g.cs name marks the file generated, with no header comment; the analyzer skips generated code.
        [Fact]
        public Task GeneratedCodeIsSkipped() => new VerifyCS.Test
        {
            TestState = { Sources = { ("/0/Sockets.g.cs", OptionTwentyFourInAFile) } },
        }.RunAsync(CancellationToken.None);

        [Fact]
        public Task TurnedOffInEditorConfig() => new VerifyCS.Test
        {
            TestCode = OptionTwentyFourInAFile,
            TestState = { AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.BNP003.severity = none\n") } },
        }.RunAsync(CancellationToken.None);

        [Fact]
        public Task LoweredToASuggestionInEditorConfig() => new VerifyCS.Test
        {
            TestCode = OptionTwentyFourInAFile,
            TestState = { AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.BNP003.severity = suggestion\n") } },
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall).WithSeverity(DiagnosticSeverity.Info),
            },
        }.RunAsync(CancellationToken.None);
    }
}
