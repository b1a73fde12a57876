using System.Threading.Tasks;
using Xunit;
using VerifyCS = BindNoPort.Tests.Verifiers.CSharpAnalyzerVerifier<BindNoPort.Analyzers.OptionSetTheWrongWayAnalyzer>;

namespace BindNoPort.Tests.Rules.BNP003
{
    /// <summary>Where BNP003 stays silent: the raw option, other options, and SetSocketOption methods that are not Socket's.</summary>
    public sealed partial class Valid
    {
        public const string RawAndOtherOptions = """
            using System;
            using System.Net.Sockets;

            class C
            {
                void M(Socket socket)
                {
                    socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                    socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                    socket.SetSocketOption(SocketOptionLevel.IP, SocketOptionName.IpTimeToLive, 64);
                    socket.SetSocketOption(SocketOptionLevel.Tcp, (SocketOptionName)24, 1);
                    socket.GetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24);
                }
            }
            """;

        [Fact]
        public Task RawOptionAndOtherOptions() => VerifyCS.VerifyAnalyzerAsync(RawAndOtherOptions);

        public const string SetSocketOptionOfAnotherType = """
            using System.Net.Sockets;

            class Options
            {
                public void SetSocketOption(SocketOptionLevel level, SocketOptionName name, bool value) { }
            }

            class C
            {
                void M(Options options)
                {
                    options.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);
                    options.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseUnicastPort, true);
                }
            }
            """;

        [Fact]
        public Task ASetSocketOptionThatIsNotTheSocketOne() => VerifyCS.VerifyAnalyzerAsync(SetSocketOptionOfAnotherType);
    }
}
