using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.OptionSetTheWrongWayAnalyzer, BindNoPort.CodeFixes.OptionSetTheWrongWayCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP003
{
    /// <summary>
    /// SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, value) becomes SetRawSocketOption(0, 24, bytes) under the
    /// Linux check every inline fix writes.
    /// </summary>
    public sealed partial class CodeFix
    {
        private const string OptionTwentyFourCall = "SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, ...)";

        [Theory]
        [InlineData("true", "BitConverter.GetBytes(1)")]
        [InlineData("false", "BitConverter.GetBytes(0)")]
        [InlineData("enabled", "BitConverter.GetBytes(enabled ? 1 : 0)")]
        [InlineData("enabled && count > 0", "BitConverter.GetBytes((enabled && count > 0) ? 1 : 0)")]
        [InlineData("count", "BitConverter.GetBytes(count)")]
        [InlineData("new byte[] { 1, 0, 0, 0 }", "new byte[] { 1, 0, 0, 0 }")]
        public Task OptionTwentyFourBecomesTheRawOption(string value, string bytes) => new VerifyCS.Test
        {
            TestCode = $$"""
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket, bool enabled, int count)
                    {
                        {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, {{value}})|};
                    }
                }
                """,
            FixedCode = $$"""
                using System;
                using System.Net.Sockets;

                class C
                {
                    void M(Socket socket, bool enabled, int count)
                    {
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, {{bytes}});
                        }
                    }
                }
                """,
            CodeActionEquivalenceKey = EquivalenceKeys.UseRawSocketOption,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall) },
        }.RunAsync(CancellationToken.None);

        public const string ThroughAFieldWithComments = """
            using System.Net.Sockets;

            class C
            {
                private Socket? socket;

                void M()
                {
                    // Defer the port to connect.
                    {|#0:this.socket!.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|}; // IP_BIND_ADDRESS_NO_PORT
                    this.socket?{|#1:.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, optionValue: 1)|};
                }
            }
            """;

        // The formatter lines the second fix's comment up with the trailing comment on the line above it.
        public const string ThroughAFieldWithCommentsFixed = """
            using System;
            using System.Net.Sockets;

            class C
            {
                private Socket? socket;

                void M()
                {
                    // Defer the port to connect.
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        this.socket!.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    } // IP_BIND_ADDRESS_NO_PORT
                      // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        this.socket?.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                }
            }
            """;

        [Fact]
        public Task KeepsTheSocketExpressionAndCommentsAndImportsSystem() => new VerifyCS.Test
        {
            TestCode = ThroughAFieldWithComments,
            FixedCode = ThroughAFieldWithCommentsFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.UseRawSocketOption,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall),
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(1).WithArguments(OptionTwentyFourCall),
            },
        }.RunAsync(CancellationToken.None);

        public const string SeveralCallsInADocument = """
            using System;
            using System.Net.Sockets;

            class C
            {
                void M(Socket first, Socket second, bool on)
                {
                    {|#0:first.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true)|};
                    {|#1:second.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, on)|};
                    Action later = () => {|#2:first.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, 0)|};
                }
            }
            """;

        public const string SeveralCallsInADocumentFixed = """
            using System;
            using System.Net.Sockets;

            class C
            {
                void M(Socket first, Socket second, bool on)
                {
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        first.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    }
                    // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                    if (OperatingSystem.IsLinux())
                    {
                        second.SetRawSocketOption(0, 24, BitConverter.GetBytes(on ? 1 : 0));
                    }
                    Action later = () =>
                    {
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (OperatingSystem.IsLinux())
                        {
                            first.SetRawSocketOption(0, 24, BitConverter.GetBytes(0));
                        }
                    };
                }
            }
            """;

        // Fix All over the three calls the project's helper: the value of each kept, the numbers and the Linux check once.
        public const string SeveralCallsInADocumentCallingTheHelper = """
            using System;
            using System.Net.Sockets;

            class C
            {
                void M(Socket first, Socket second, bool on)
                {
                    SocketPortDeferral.DeferPortToConnect(first);
                    SocketPortDeferral.SetPortDeferral(second, BitConverter.GetBytes(on ? 1 : 0));
                    Action later = () => { SocketPortDeferral.SetPortDeferral(first, BitConverter.GetBytes(0)); };
                }
            }
            """;

        [Fact]
        public Task FixAllRewritesEveryCallInTheDocument() => new VerifyCS.Test
        {
            TestCode = SeveralCallsInADocument,
            FixedCode = SeveralCallsInADocumentFixed,
            BatchFixedCode = HelperSources.AppendedTo(SeveralCallsInADocumentCallingTheHelper.Replace("using System.Net.Sockets;", "using System.Net;\nusing System.Net.Sockets;")),
            CodeActionEquivalenceKey = EquivalenceKeys.UseRawSocketOption,
            ExpectedDiagnostics =
            {
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall),
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(1).WithArguments(OptionTwentyFourCall),
                VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(2).WithArguments(OptionTwentyFourCall),
            },
        }.RunAsync(CancellationToken.None);

        public const string ObjectOverload = """
            using System.Net.Sockets;

            class C
            {
                void M(Socket socket, object value)
                {
                    {|#0:socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, value)|};
                }
            }
            """;

        // What the object holds is not known: no fix at all is offered.
        [Fact]
        public Task NoFixForTheObjectOverload() => new VerifyCS.Test
        {
            TestCode = ObjectOverload,
            FixedCode = ObjectOverload,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall) },
        }.RunAsync(CancellationToken.None);

        // netstandard2.0 has no SetRawSocketOption: the diagnostic stays, and no fix is offered.
        [Fact]
        public Task NoFixOnNetStandard20WithoutSetRawSocketOption() => new VerifyCS.Test
        {
            ReferenceAssemblies = TestReferences.NetStandard20,
            TestCode = Diagnostics.OptionTwentyFourInAFile,
            FixedCode = Diagnostics.OptionTwentyFourInAFile,
            CodeActionEquivalenceKey = EquivalenceKeys.UseRawSocketOption,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP003OptionSetTheWrongWay).WithLocation(0).WithArguments(OptionTwentyFourCall) },
        }.RunAsync(CancellationToken.None);
    }
}
