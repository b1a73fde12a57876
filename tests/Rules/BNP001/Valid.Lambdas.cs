using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.BindBeforeConnectAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP001
{
    // Lambdas: a connect callback that sets the option, and the option set in a lambda the method runs.
    public sealed partial class Valid
    {
        public const string LambdaWithOption = """
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;

            class C
            {
                HttpClient Create(IPAddress local) => new HttpClient(new SocketsHttpHandler
                {
                    ConnectCallback = async (context, cancellationToken) =>
                    {
                        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                        if (OperatingSystem.IsLinux())
                        {
                            socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        }

                        socket.Bind(new IPEndPoint(local, 0));
                        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    },
                });
            }
            """;

        [Fact]
        public Task Lambda_ConnectCallbackWithOption() => VerifyCS.VerifyAnalyzerAsync(LambdaWithOption);

        public const string OptionSetInALambdaOfTheSameMethod = """
            using System;
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                static void Step(string name, Action call) => call();

                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Step("setsockopt", () => socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1)));
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Fact]
        public Task Lambda_OptionSetInALambdaOfTheSameMethod() => VerifyCS.VerifyAnalyzerAsync(OptionSetInALambdaOfTheSameMethod);
    }
}
