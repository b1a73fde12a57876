using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Analyzers;
using BindNoPort.CodeFixes;
using BindNoPort.Tests.Verifiers;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpCodeFixVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer, BindNoPort.CodeFixes.TcpClientBindBeforeConnectCodeFixProvider>;

namespace BindNoPort.Tests.Rules.BNP002
{
    /// <summary>A TcpClient created and bound on every iteration is fixed inside the loop body, with and without the runtime.</summary>
    public sealed partial class CodeFix
    {
        public const string ConstructorInLoop = """
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                List<TcpClient> OpenMany(IPAddress local, IPEndPoint remote, int count)
                {
                    var clients = new List<TcpClient>();
                    for (var i = 0; i < count; i++)
                    {
                        var client = {|#0:new TcpClient(new IPEndPoint(local, 0))|};
                        client.Connect(remote);
                        clients.Add(client);
                    }

                    return clients;
                }
            }
            """;

        public const string ConstructorInLoopFixed = """
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                List<TcpClient> OpenMany(IPAddress local, IPEndPoint remote, int count)
                {
                    var clients = new List<TcpClient>();
                    for (var i = 0; i < count; i++)
                    {
                        var client = new TcpClient(local.AddressFamily);
                        // IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations.
                        if (System.OperatingSystem.IsLinux())
                        {
                            client.Client.SetRawSocketOption(0, 24, System.BitConverter.GetBytes(1));
                        }
                        client.Client.Bind(new IPEndPoint(local, 0));
                        client.Connect(remote);
                        clients.Add(client);
                    }

                    return clients;
                }
            }
            """;

        [Fact]
        public Task Loop_ConstructorEachIteration() => new VerifyCS.Test
        {
            TestCode = ConstructorInLoop,
            FixedCode = ConstructorInLoopFixed,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote") },
        }.RunAsync(CancellationToken.None);

        public const string ConstructorInLoopFixedWithRuntime = """
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Sockets;
            using BindNoPort;

            class C
            {
                List<TcpClient> OpenMany(IPAddress local, IPEndPoint remote, int count)
                {
                    var clients = new List<TcpClient>();
                    for (var i = 0; i < count; i++)
                    {
                        var client = BoundTcpClient.Create(new IPEndPoint(local, 0));
                        client.Connect(remote);
                        clients.Add(client);
                    }

                    return clients;
                }
            }
            """;

        [Fact]
        public Task Runtime_Loop_ConstructorEachIteration() => new VerifyCS.Test
        {
            TestCode = ConstructorInLoop,
            FixedCode = ConstructorInLoopFixedWithRuntime,
            CodeActionEquivalenceKey = EquivalenceKeys.SetOptionBeforeBind,
            ExpectedDiagnostics = { VerifyCS.Diagnostic(Descriptors.BNP002TcpClientBindBeforeConnect).WithLocation(0).WithArguments("client", "remote") },
            TestState = { AdditionalReferences = { TestReferences.Runtime } },
        }.RunAsync(CancellationToken.None);
    }
}
