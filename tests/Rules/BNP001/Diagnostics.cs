using System.Collections.Generic;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace BindNoPort.Tests.Rules.BNP001
{
    /// <summary>
    /// Where BNP001 fires: a TCP socket bound to port 0, or a port not known to be non-zero, then
    /// connected, without the option. Each expectation names the socket and the connect target of
    /// the message, and the additional locations (#1) where the diagnostic has them.
    /// The files beside this one hold the sources by topic, each above its test.
    /// </summary>
    public sealed partial class Diagnostics
    {
        /// <summary>Every analyzer of the package over one source, for the cases another rule reports instead of BNP001.</summary>
        private sealed class PackageTest : CSharpAnalyzerTest<BindBeforeConnectAnalyzer, DefaultVerifier>
        {
            public PackageTest()
            {
                ReferenceAssemblies = TestReferences.Net80;
                SolutionTransforms.Add(TestProjectSettings.Apply);
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
            {
                yield return new BindBeforeConnectAnalyzer();
                yield return new OptionSetTheWrongWayAnalyzer();
            }
        }
    }
}
