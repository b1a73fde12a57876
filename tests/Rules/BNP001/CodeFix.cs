using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    /// <summary>
    /// BNP001's fixes, each applied by Microsoft.CodeAnalysis.Testing one at a time and by Fix All in document, project
    /// and solution, chosen by its equivalence key; "no fix" is FixedCode equal to the source. The files beside this
    /// one hold the cases by topic; the Diagnostics sources they reuse carry their {|#0:...|} locations.
    /// </summary>
    public sealed partial class CodeFix
    {
        /// <summary>BNP001 at markup location <paramref name="location"/>, naming the socket, the connect target and what is known of the port.</summary>
        private static DiagnosticResult Bnp001(int location, string socket, string target, string port = "port 0") =>
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(location).WithArguments(socket, target, port);

        /// <summary>The inline fix of the Bind at #0: the option block before it, as <see cref="FixedSources.Inline(string, string)"/> writes it.</summary>
        private static Task Inline(string source, DiagnosticResult expected, string socket = "socket") => new VerifyCS.Test
        {
            TestCode = source,
            ExpectedDiagnostics = { expected },
            FixedCode = FixedSources.Inline(source, socket),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
        }.RunAsync();

        /// <summary>With BindNoPort.Runtime referenced: the Bind at #0 becomes BindForConnect and BindNoPort is imported.</summary>
        private static Task WithRuntime(string source, DiagnosticResult expected) => new VerifyCS.Test
        {
            TestCode = source,
            ExpectedDiagnostics = { expected },
            FixedCode = FixedSources.BindForConnect(source),
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync();
    }
}
