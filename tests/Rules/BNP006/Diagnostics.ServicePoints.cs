using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindIPEndPointDelegateAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP006
{
    // Any ServicePoint expression, and the frameworks the rule runs on.
    public sealed partial class Diagnostics
    {
        // HttpWebRequest looks its ServicePoint up in ServicePointManager's table, so one held anywhere is the one it binds with.
        public const string ServicePointHeldInAField = """
            using System;
            using System.Net;

            class EgressSettings
            {
                private readonly ServicePoint upstream;

                public EgressSettings(Uri upstreamUri) => upstream = ServicePointManager.FindServicePoint(upstreamUri);

                public void PinTo(IPAddress local)
                {
                    {|#0:upstream.BindIPEndPointDelegate|} = (_, _, _) => {|#1:new IPEndPoint(local, 0)|};
                }
            }
            """;

        [Fact]
        public Task ServicePoint_HeldInAField() => VerifyCS.VerifyAnalyzerAsync(
            ServicePointHeldInAField,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero));

        public const string ServicePointReturnedByAMethod = """
            using System;
            using System.Net;

            class C
            {
                static ServicePoint For(HttpWebRequest request) => request.ServicePoint;

                void Configure(HttpWebRequest request, IPAddress local)
                {
                    {|#0:For(request).BindIPEndPointDelegate|} = (_, _, _) => {|#1:new IPEndPoint(local, 0)|};
                }
            }
            """;

        [Fact]
        public Task ServicePoint_ReturnedByAMethod() => VerifyCS.VerifyAnalyzerAsync(
            ServicePointReturnedByAMethod,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero));

        public const string LambdaOnNetStandard = """
            using System;
            using System.Net;

            class C
            {
                HttpWebRequest Create(Uri uri, IPAddress local)
                {
                    var request = (HttpWebRequest)WebRequest.Create(uri);
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (servicePoint, remoteEndPoint, retryCount) => {|#1:new IPEndPoint(local, 0)|};
                    return request;
                }
            }
            """;

        [Fact]
        public Task Framework_NetStandard20() => new VerifyCS.Test
        {
            TestCode = LambdaOnNetStandard,
            ReferenceAssemblies = TestReferences.NetStandard20,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero) },
        }.RunAsync();

        public const string LambdaOnNet10 = """
            using System;
            using System.Net;

            class C
            {
                HttpWebRequest Create(Uri uri, IPAddress local)
                {
                    var request = WebRequest.CreateHttp(uri);
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (_, _, _) => {|#1:new IPEndPoint(local, 0)|};
                    return request;
                }
            }
            """;

        [Fact]
        public Task Framework_Net100() => new VerifyCS.Test
        {
            TestCode = LambdaOnNet10,
            ReferenceAssemblies = TestReferences.Net100,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero) },
        }.RunAsync();

        // .NET Framework's SmtpClient and FtpWebRequest connect through their ServicePoint, which binds with the delegate.
        public const string SmtpClientServicePointOnNetFramework = """
            using System.Net;
            using System.Net.Mail;

            class MailRelay
            {
                private readonly IPAddress outbound;

                public MailRelay(IPAddress outbound) => this.outbound = outbound;

                public SmtpClient Create(string host)
                {
                    var client = new SmtpClient(host);
                    {|#0:client.ServicePoint.BindIPEndPointDelegate|} = delegate { return {|#1:new IPEndPoint(outbound, 0)|}; };
                    return client;
                }
            }
            """;

        [Theory]
        [InlineData(nameof(TestReferences.Net48))]
        [InlineData(nameof(TestReferences.NetStandard20))]
        public Task SmtpClient_MayRunOnNetFramework(string framework) => new VerifyCS.Test
        {
            TestCode = SmtpClientServicePointOnNetFramework,
            ReferenceAssemblies = framework == nameof(TestReferences.Net48) ? TestReferences.Net48 : TestReferences.NetStandard20,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This anonymous method", PortZero) },
        }.RunAsync();

        public const string FtpWebRequestServicePointOnNetFramework = """
            using System;
            using System.Net;

            class Uploader
            {
                public FtpWebRequest Create(Uri uri, IPEndPoint source)
                {
                    var request = (FtpWebRequest)WebRequest.Create(uri);
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (_, _, _) => {|#1:source|};
                    return request;
                }
            }
            """;

        [Fact]
        public Task FtpWebRequest_OnNetFramework() => new VerifyCS.Test
        {
            TestCode = FtpWebRequestServicePointOnNetFramework,
            ReferenceAssemblies = TestReferences.Net48,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortNotKnown) },
        }.RunAsync();
    }
}
