using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Audit.Analysis;
using BindNoPort.Audit.Inputs;
using BindNoPort.Audit.Reporting;
using Xunit;

namespace BindNoPort.Tests.Audit
{
    public sealed class AssemblyAuditTests
    {
        [Fact]
        public async Task Client_FoundInTheHelperThatBinds_WithThePublicPropertyAsTheWayIn()
        {
            var findings = await AuditAsync(LibrarySources.ClientWithLocalEndPointProperty);

            var finding = Assert.Single(findings);
            Assert.Equal("BNP001", finding.RuleId);
            Assert.Equal("Sample.SocketFactory", finding.Type);
            Assert.Equal("Sample.SocketFactory.Open(string host, int port, System.Net.IPEndPoint localEndPoint)", finding.Member);
            Assert.Contains("socket.Bind(localEndPoint);", finding.Snippet);
            Assert.Equal(new[] { "Sample.MailClient.LocalEndPoint" }, finding.EntryPoints.Select(entry => entry.ToString()));
        }

        [Fact]
        public async Task Dialer_PublicParametersAreTheWayIn_ForSocketAndTcpClient()
        {
            var findings = await AuditAsync(LibrarySources.DialerWithAddressParameter);

            Assert.Equal(new[] { "BNP002", "BNP001" }.OrderBy(id => id), findings.Select(finding => finding.RuleId).OrderBy(id => id));
            var socket = findings.Single(finding => finding.RuleId == "BNP001");
            Assert.Equal(
                new[] { "Sample.Dialer.Dial(System.Net.IPAddress local, System.Net.EndPoint remote), parameter local" },
                socket.EntryPoints.Select(entry => entry.ToString()));
            var client = findings.Single(finding => finding.RuleId == "BNP002");
            Assert.Equal(
                new[] { "Sample.Dialer.Client(System.Net.IPEndPoint local, string host, int port), parameter local" },
                client.EntryPoints.Select(entry => entry.ToString()));
        }

        [Fact]
        public async Task WildcardBind_IsFound_AndSaysNotTraced()
        {
            var finding = Assert.Single(await AuditAsync(LibrarySources.ClientBoundToTheWildcard));

            Assert.Equal("BNP001", finding.RuleId);
            Assert.Empty(finding.EntryPoints);
        }

        [Theory]
        [InlineData(nameof(LibrarySources.Server))]
        [InlineData(nameof(LibrarySources.Udp))]
        [InlineData(nameof(LibrarySources.FixedClient))]
        public async Task BindsThatReserveNothingForClients_AreDecompiledButNotReported(string shape)
        {
            var source = (string)typeof(LibrarySources).GetField(shape)!.GetValue(null)!;
            using var library = CompiledLibrary.Create("Sample", source);
            var assembly = AssemblyFolder.ReadOne(library.Path);

            var types = AssemblyAudit.Scan(assembly);

            Assert.Single(types);
            var (findings, failures) = await AssemblyAudit.AnalyzeAsync(assembly, types, CancellationToken.None);
            Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures));
            Assert.Empty(findings);
        }

        [Fact]
        public void AssemblyWithoutABind_IsNotDecompiled()
        {
            using var library = CompiledLibrary.Create("Sample", LibrarySources.NoSockets);

            Assert.Empty(AssemblyAudit.Scan(AssemblyFolder.ReadOne(library.Path)));
        }

        [Fact]
        public async Task Wrapper_ThatMakesItsSocket_IsReportedInItsBind_WithItsParameterAsTheWayIn()
        {
            var finding = Assert.Single(await AuditAsync(LibrarySources.WrapperMakingItsSocket));

            Assert.Equal("BNP001", finding.RuleId);
            Assert.Equal("Sample.Connection.Bind(System.Net.IPEndPoint local)", finding.Member);
            Assert.Equal(new[] { "Sample.Connection.Bind(System.Net.IPEndPoint local), parameter local" }, finding.EntryPoints.Select(entry => entry.ToString()));
        }

        [Fact]
        public async Task Wrapper_OverAGivenSocket_IsReportedWhereTheLibraryUsesIt()
        {
            var finding = Assert.Single(await AuditAsync(LibrarySources.WrapperOverAGivenSocket));

            Assert.Equal("BNP001", finding.RuleId);
            Assert.Equal("Sample.Dialer.Open(System.Net.IPAddress local, System.Net.EndPoint remote)", finding.Member);
            Assert.Contains("channel.Bind(new IPEndPoint(local, 0));", finding.Snippet);
            Assert.Equal(new[] { "Sample.Dialer.Open(System.Net.IPAddress local, System.Net.EndPoint remote), parameter local" }, finding.EntryPoints.Select(entry => entry.ToString()));
        }

        [Fact]
        public async Task SocketMadeInABaseConstructorArgument_IsReportedInTheSubclass()
        {
            var finding = Assert.Single(await AuditAsync(LibrarySources.SocketMadeInABaseConstructorArgument));

            Assert.Equal("BNP001", finding.RuleId);
            Assert.Equal("Sample.OutboundSession", finding.Type);
            Assert.Equal(new[] { "Sample.OutboundSession.OutboundSession(System.Net.IPEndPoint local, System.Net.EndPoint remote), parameter local" }, finding.EntryPoints.Select(entry => entry.ToString()));
        }

        private static async Task<ImmutableArray<Finding>> AuditAsync(string source)
        {
            using var library = CompiledLibrary.Create("Sample", source);
            var assembly = AssemblyFolder.ReadOne(library.Path);
            var (findings, failures) = await AssemblyAudit.AnalyzeAsync(assembly, AssemblyAudit.Scan(assembly), CancellationToken.None);
            Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures));
            return findings;
        }
    }
}
