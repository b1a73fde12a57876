using System.Linq;
using System.Threading.Tasks;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.BindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Without BindNoPort.Runtime, a Fix All over several Binds writes one helper into the project and calls it at each:
    // the numbers named once, the Linux check once. A single fix stays inline; once the helper is there, fixes call it.
    public sealed partial class CodeFix
    {
        public const string TwoBindsInADocument = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void First(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }

                void Second(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    {|#1:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        public const string TwoBindsInADocumentCallingTheHelper = """
            using System.Net;
            using System.Net.Sockets;

            class Dialer
            {
                void First(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    SocketPortDeferral.DeferPortToConnect(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }

                void Second(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    SocketPortDeferral.DeferPortToConnect(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task FixAllOverTwoBinds_WritesOneHelperAndCallsItAtEach()
        {
            var test = new VerifyCS.Test
            {
                TestCode = TwoBindsInADocument,
                ExpectedDiagnostics = { Bnp001(0, "socket", "remote"), Bnp001(1, "socket", "remote") },
                FixedCode = FixedSources.WithOptionBeforeEach(Unmarked(TwoBindsInADocument), "socket.Bind(new IPEndPoint(local, 0));", "socket"),
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            };
            test.BatchFixedState.Sources.Add(HelperSources.AppendedTo(TwoBindsInADocumentCallingTheHelper));
            return test.RunAsync();
        }

        // A project that has the helper, from an earlier Fix All: a single fix calls it too, and writes no second one.
        [Fact]
        public Task SingleFix_InAProjectWithTheHelper_CallsIt()
        {
            var test = new VerifyCS.Test
            {
                ExpectedDiagnostics = { Bnp001(0, "socket", "remote") },
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            };
            test.TestState.Sources.Add(Diagnostics.ConnectEndPoint);
            test.TestState.Sources.Add(("Helper.cs", HelperSources.AppendedTo("using System.Net;\nusing System.Net.Sockets;")));
            test.FixedState.Sources.Add(Diagnostics.ConnectEndPoint.Replace("{|#0:socket.Bind(", "SocketPortDeferral.DeferPortToConnect(socket);\n        socket.Bind(").Replace(")|};", ");"));
            test.FixedState.Sources.Add(("Helper.cs", HelperSources.AppendedTo("using System.Net;\nusing System.Net.Sockets;")));
            return test.RunAsync();
        }

        // A file in a namespace gets the helper in that namespace, where its calls name it short.
        [Fact]
        public Task FixAll_InANamespace_PutsTheHelperInIt()
        {
            var source = InNamespace(TwoBindsInADocument);
            var test = new VerifyCS.Test
            {
                TestCode = source,
                ExpectedDiagnostics = { Bnp001(0, "socket", "remote"), Bnp001(1, "socket", "remote") },
                FixedCode = FixedSources.WithOptionBeforeEach(Unmarked(source), "socket.Bind(new IPEndPoint(local, 0));", "socket"),
                CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            };
            test.BatchFixedState.Sources.Add(HelperSources.AppendedInNamespace(InNamespace(TwoBindsInADocumentCallingTheHelper)));
            return test.RunAsync();
        }

        private static string Unmarked(string markup) => System.Text.RegularExpressions.Regex.Replace(markup, @"\{\|#\d+:|\|\}", "");

        // The class of the source inside namespace Sample.Net, its usings above.
        private static string InNamespace(string source)
        {
            var blank = source.IndexOf("\n\n", System.StringComparison.Ordinal);
            var body = source.Substring(blank + 2).Split('\n').Select(line => line.Length == 0 ? line : "    " + line);
            return source.Substring(0, blank) + "\n\nnamespace Sample.Net\n{\n" + string.Join("\n", body) + "\n}";
        }
    }
}
