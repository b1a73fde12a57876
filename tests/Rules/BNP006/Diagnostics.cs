using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindIPEndPointDelegateAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP006
{
    /// <summary>
    /// Where BNP006 fires: a BindIPEndPointDelegate that can return port 0 or a port not known. Each
    /// expectation names the delegate and what it returns, and points at the assigned property (#0)
    /// and, when the body is visible, at the worst return (#1). This file holds the shapes of the
    /// delegate; the files beside it hold what it returns, the ServicePoints and the frameworks.
    /// </summary>
    public sealed partial class Diagnostics
    {
        private const string PortZero = "an endpoint with port 0";

        public const string LambdaOnRequestServicePoint = """
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
        public Task Lambda_OnRequestServicePoint() => VerifyCS.VerifyAnalyzerAsync(
            LambdaOnRequestServicePoint,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero));

        public const string AnonymousMethodOnFindServicePoint = """
            using System;
            using System.Net;

            class C
            {
                void Configure(Uri uri, IPAddress local)
                {
                    {|#0:ServicePointManager.FindServicePoint(uri).BindIPEndPointDelegate|} = delegate { return {|#1:new IPEndPoint(local, 0)|}; };
                }
            }
            """;

        [Fact]
        public Task AnonymousMethod_OnFindServicePoint() => VerifyCS.VerifyAnalyzerAsync(
            AnonymousMethodOnFindServicePoint,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This anonymous method", PortZero));

        public const string MethodGroup = """
            using System;
            using System.Net;

            class C
            {
                private readonly IPAddress local = IPAddress.Parse("10.0.0.5");

                void Configure(Uri uri)
                {
                    var servicePoint = ServicePointManager.FindServicePoint(uri);
                    {|#0:servicePoint.BindIPEndPointDelegate|} = PickLocalEndPoint;
                }

                private IPEndPoint PickLocalEndPoint(ServicePoint servicePoint, IPEndPoint remoteEndPoint, int retryCount)
                {
                    return {|#1:new IPEndPoint(local, 0)|};
                }
            }
            """;

        [Fact]
        public Task MethodGroup_OfAMethod() => VerifyCS.VerifyAnalyzerAsync(
            MethodGroup,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("Method 'PickLocalEndPoint'", PortZero));

        // The WebClient subclass public code uses to pin its egress address, adding the delegate with +=.
        public const string DelegateCreationAddedInAWebClient = """
            using System;
            using System.Net;

            class PinnedWebClient : WebClient
            {
                private readonly IPAddress local;

                public PinnedWebClient(IPAddress local) => this.local = local;

                protected override WebRequest GetWebRequest(Uri address)
                {
                    var request = base.GetWebRequest(address);
                    if (request is HttpWebRequest http)
                    {
                        {|#0:http.ServicePoint.BindIPEndPointDelegate|} += new BindIPEndPoint(Bind);
                    }

                    return request;
                }

                private IPEndPoint Bind(ServicePoint servicePoint, IPEndPoint remoteEndPoint, int retryCount) => {|#1:new IPEndPoint(local, 0)|};
            }
            """;

        [Fact]
        public Task MethodGroup_InADelegateCreationAddedWithPlusEquals() => VerifyCS.VerifyAnalyzerAsync(
            DelegateCreationAddedInAWebClient,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("Method 'Bind'", PortZero));

        public const string LocalFunctionOfTheMethod = """
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request, IPAddress local)
                {
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = Bind;

                    IPEndPoint Bind(ServicePoint servicePoint, IPEndPoint remoteEndPoint, int retryCount) => {|#1:new IPEndPoint(local, 0)|};
                }
            }
            """;

        [Fact]
        public Task LocalFunction_OfTheConfiguringMethod() => VerifyCS.VerifyAnalyzerAsync(
            LocalFunctionOfTheMethod,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("Local function 'Bind'", PortZero));
    }
}
