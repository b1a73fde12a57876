using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // A socket handed to another assembly before Bind: no public library but BindNoPort.Runtime sets the option, so
    // the bind is reported unless .editorconfig names the method (dotnet_code_quality.port_deferring_methods).
    public sealed partial class Diagnostics
    {
        /// <summary>The other assembly: a company library with a socket tuning call.</summary>
        internal const string TuningLibrary = """
            using System.Net.Sockets;

            namespace Company.Net
            {
                public static class Tuning
                {
                    public static void NoDelay(Socket socket) => socket.NoDelay = true;

                    public static void NoPort(Socket socket) => socket.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                }
            }
            """;

        public const string HandedToAnotherAssemblyBeforeBind = """
            using System.Net;
            using System.Net.Sockets;
            using Company.Net;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Tuning.NoDelay(socket);
                    {|#0:socket.Bind(new IPEndPoint(local, 0))|};
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task OtherAssembly_MethodsDoNotSetTheOption() => WithTuningLibrary(
            HandedToAnotherAssemblyBeforeBind,
            editorConfig: null,
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        [Fact]
        public Task OtherAssembly_ListedMethodOfAnotherTypeDoesNotCount() => WithTuningLibrary(
            HandedToAnotherAssemblyBeforeBind,
            "dotnet_code_quality.port_deferring_methods = M:Company.Net.Tuning.NoPort(System.Net.Sockets.Socket)",
            VerifyCS.Diagnostic(Descriptors.BNP001BindBeforeConnect).WithLocation(0).WithArguments("socket", "remote", "port 0"));

        internal static Task WithTuningLibrary(string source, string? editorConfig, params DiagnosticResult[] expected)
        {
            var test = new VerifyCS.Test { TestCode = source };
            test.TestState.AdditionalProjects["Tuning"].Sources.Add(TuningLibrary);
            test.TestState.AdditionalProjectReferences.Add("Tuning");
            if (editorConfig is not null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig + "\n"));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }
    }
}
