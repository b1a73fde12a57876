using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindIPEndPointDelegateAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP006
{
    /// <summary>
    /// Where BNP006 stays silent: every return null or a constant non-zero port (BNP005's ground, not
    /// this rule's), the delegate removed, and ServicePoints whose clients never call it. This file
    /// holds what the delegate returns; the files beside it hold the rest.
    /// </summary>
    public sealed partial class Valid
    {
        public const string EveryReturnNull = """
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request)
                {
                    request.ServicePoint.BindIPEndPointDelegate = (_, _, _) => null;
                }
            }
            """;

        [Fact]
        public Task Returns_NullOnly() => VerifyCS.VerifyAnalyzerAsync(EveryReturnNull);

        public const string FixedPort = """
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request, IPAddress local)
                {
                    request.ServicePoint.BindIPEndPointDelegate = (_, _, _) => new IPEndPoint(local, 5000);
                }
            }
            """;

        [Fact]
        public Task Returns_AFixedNonZeroPort() => VerifyCS.VerifyAnalyzerAsync(FixedPort);

        public const string FixedPortsOrNull = """
            using System.Net;

            class C
            {
                const int FirstPort = 40000;

                void Configure(HttpWebRequest request, IPAddress local)
                {
                    var secondPort = 40001;
                    request.ServicePoint.BindIPEndPointDelegate = (servicePoint, remoteEndPoint, retryCount) => retryCount switch
                    {
                        0 => new IPEndPoint(local, FirstPort),
                        1 => new IPEndPoint(local, secondPort),
                        _ => null,
                    };
                }
            }
            """;

        [Fact]
        public Task Returns_FixedPortsFromConstantsAndLocalsOrNull() => VerifyCS.VerifyAnalyzerAsync(FixedPortsOrNull);

        public const string FixedPortPerRetryElseDefaultOrThrow = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                void Configure(HttpWebRequest request, IPAddress local)
                {
                    request.ServicePoint.BindIPEndPointDelegate = (servicePoint, remoteEndPoint, retryCount) =>
                    {
                        if (remoteEndPoint.AddressFamily != AddressFamily.InterNetwork)
                        {
                            return default;
                        }

                        return retryCount < 2
                            ? new IPEndPoint(local, retryCount == 0 ? 40000 : 40001)
                            : throw new InvalidOperationException("Both fixed source ports are taken.");
                    };
                }
            }
            """;

        [Fact]
        public Task Returns_AFixedPortPerRetryElseDefaultOrAThrow() => VerifyCS.VerifyAnalyzerAsync(FixedPortPerRetryElseDefaultOrThrow);

        public const string FixedEndPointInALocal = """
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request, IPAddress local)
                {
                    IPEndPoint? source = null;
                    if (local.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                    {
                        source = new IPEndPoint(local, 40000);
                    }

                    request.ServicePoint.BindIPEndPointDelegate = (_, _, _) => source;
                }
            }
            """;

        [Fact]
        public Task Returns_ALocalOnlyEverFixedOrNull() => VerifyCS.VerifyAnalyzerAsync(FixedEndPointInALocal);

        // The port-0 endpoint belongs to a local function the delegate only calls for a log line.
        public const string PortZeroInANestedLocalFunction = """
            using System;
            using System.Net;

            class C
            {
                void Configure(HttpWebRequest request, IPAddress local)
                {
                    request.ServicePoint.BindIPEndPointDelegate = (servicePoint, remoteEndPoint, retryCount) =>
                    {
                        IPEndPoint Unbound() => new IPEndPoint(local, 0);
                        Console.WriteLine($"not binding {Unbound()} to reach {remoteEndPoint}");
                        return null;
                    };
                }
            }
            """;

        [Fact]
        public Task Returns_NullWhileANestedFunctionMakesPortZero() => VerifyCS.VerifyAnalyzerAsync(PortZeroInANestedLocalFunction);
    }
}
