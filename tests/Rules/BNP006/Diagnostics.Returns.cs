using System.Threading.Tasks;
using BindNoPort.Analyzers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindIPEndPointDelegateAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP006
{
    // What the delegate returns: port 0 through locals and conditionals, and ports the code does not show.
    public sealed partial class Diagnostics
    {
        private const string PortNotKnown = "an endpoint whose port is not known";

        public const string PortFromAParameter = """
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request, IPAddress local, int port)
                {
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (_, _, _) => {|#1:new IPEndPoint(local, port)|};
                }
            }
            """;

        [Fact]
        public Task Port_FromAParameter() => VerifyCS.VerifyAnalyzerAsync(
            PortFromAParameter,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortNotKnown));

        public const string PortZeroInALocal = """
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request, IPAddress local)
                {
                    var port = 0;
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (_, _, _) => {|#1:new IPEndPoint(local, port)|};
                }
            }
            """;

        [Fact]
        public Task Port_ZeroHeldInALocal() => VerifyCS.VerifyAnalyzerAsync(
            PortZeroInALocal,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero));

        public const string EndPointCapturedFromTheMethod = """
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request, IPAddress local)
                {
                    var source = {|#1:new IPEndPoint(local, 0)|};
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (_, _, _) => source;
                }
            }
            """;

        [Fact]
        public Task EndPoint_CapturedFromTheMethod() => VerifyCS.VerifyAnalyzerAsync(
            EndPointCapturedFromTheMethod,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero));

        public const string EndPointCapturedInTopLevelStatements = """
            using System;
            using System.Net;

            var source = {|#1:new IPEndPoint(IPAddress.Parse(args[0]), 0)|};
            var request = WebRequest.CreateHttp(new Uri(args[1]));
            {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (_, _, _) => source;
            using var response = request.GetResponse();
            """;

        [Fact]
        public Task EndPoint_CapturedInTopLevelStatements() => new VerifyCS.Test
        {
            TestState = { Sources = { EndPointCapturedInTopLevelStatements }, OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication },
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero) },
        }.RunAsync();

        public const string PortZeroOnTheFirstRetriesOnly = """
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request, IPAddress local)
                {
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (servicePoint, remoteEndPoint, retryCount) =>
                        retryCount < 3 ? {|#1:new IPEndPoint(local, 0)|} : null;
                }
            }
            """;

        [Fact]
        public Task Conditional_PortZeroOnSomeRetries() => VerifyCS.VerifyAnalyzerAsync(
            PortZeroOnTheFirstRetriesOnly,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero));

        public const string PortZeroWhenNothingIsConfigured = """
            using System.Net;

            class C
            {
                private IPEndPoint? configured;

                void Configure(HttpWebRequest request)
                {
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (_, _, _) => configured ?? {|#1:new IPEndPoint(IPAddress.Any, 0)|};
                }
            }
            """;

        // Port 0 outranks the field's unknown port, so the additional location is the creation.
        [Fact]
        public Task Coalesce_PortZeroOutranksAnUnknownField() => VerifyCS.VerifyAnalyzerAsync(
            PortZeroWhenNothingIsConfigured,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero));

        public const string PortZeroInOneSwitchArm = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Configure(HttpWebRequest request)
                {
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (servicePoint, remoteEndPoint, retryCount) => remoteEndPoint.AddressFamily switch
                    {
                        AddressFamily.InterNetworkV6 => new IPEndPoint(IPAddress.IPv6Loopback, 40000),
                        _ => {|#1:new IPEndPoint(IPAddress.Loopback, 0)|},
                    };
                }
            }
            """;

        [Fact]
        public Task SwitchExpression_PortZeroInOneArm() => VerifyCS.VerifyAnalyzerAsync(
            PortZeroInOneSwitchArm,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortZero));

        public const string EndPointFromAField = """
            using System.Net;

            class C
            {
                private readonly IPEndPoint localEndPoint;

                C(IPEndPoint localEndPoint) => this.localEndPoint = localEndPoint;

                void Configure(HttpWebRequest request)
                {
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (servicePoint, remoteEndPoint, retryCount) =>
                    {
                        if (retryCount > 5)
                        {
                            return null;
                        }

                        return {|#1:localEndPoint|};
                    };
                }
            }
            """;

        [Fact]
        public Task EndPoint_FromAField() => VerifyCS.VerifyAnalyzerAsync(
            EndPointFromAField,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortNotKnown));

        public const string EndPointWrittenThroughOut = """
            using System.Net;

            class C
            {
                static bool TryPick(out IPEndPoint endPoint)
                {
                    endPoint = new IPEndPoint(IPAddress.Loopback, 40000);
                    return true;
                }

                void Configure(HttpWebRequest request)
                {
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = (_, _, _) =>
                    {
                        var picked = new IPEndPoint(IPAddress.Loopback, 40001);
                        TryPick(out picked);
                        return {|#1:picked|};
                    };
                }
            }
            """;

        // An out argument rewrites the local in a way this reading does not follow: its port is not known.
        [Fact]
        public Task EndPoint_LocalWrittenThroughOut() => VerifyCS.VerifyAnalyzerAsync(
            EndPointWrittenThroughOut,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithLocation(1).WithArguments("This lambda", PortNotKnown));

        public const string MethodInAnotherFileAssigned = """
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request)
                {
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = EndPoints.Pick;
                }
            }
            """;

        public const string MethodInAnotherFile = """
            using System.Net;

            static class EndPoints
            {
                public static IPEndPoint Pick(ServicePoint servicePoint, IPEndPoint remoteEndPoint, int retryCount) => new IPEndPoint(IPAddress.Loopback, 40000);
            }
            """;

        // Only the file being analyzed is read: a method elsewhere returns a port not known here, and there is no return to point at.
        [Fact]
        public Task MethodGroup_OfAMethodInAnotherFile() => new VerifyCS.Test
        {
            TestState = { Sources = { MethodInAnotherFileAssigned, MethodInAnotherFile } },
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithArguments("Method 'Pick'", PortNotKnown) },
        }.RunAsync();

        public const string DelegateHeldInAVariable = """
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request, BindIPEndPoint binder)
                {
                    {|#0:request.ServicePoint.BindIPEndPointDelegate|} = binder;
                }
            }
            """;

        [Fact]
        public Task Delegate_HeldInAVariable() => VerifyCS.VerifyAnalyzerAsync(
            DelegateHeldInAVariable,
            VerifyCS.Diagnostic(Descriptors.BNP006BindIPEndPointDelegate).WithLocation(0).WithArguments("'binder'", PortNotKnown));
    }
}
