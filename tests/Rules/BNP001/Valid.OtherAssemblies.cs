using System.Threading.Tasks;
using Xunit;

namespace BindNoPort.Tests.Rules.BNP001
{
    // These sources need the other assembly and an .editorconfig, so they are not among the Valid sources every
    // analyzer is run over alone.
    public sealed partial class Valid
    {
        private const string HandedToAListedMethodBeforeBind = """
            using System.Net;
            using System.Net.Sockets;
            using Company.Net;

            class Dialer
            {
                void Open(IPAddress local, EndPoint remote)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    Tuning.NoPort(socket);
                    socket.Bind(new IPEndPoint(local, 0));
                    socket.Connect(remote);
                }
            }
            """;

        [Theory]
        [InlineData("dotnet_code_quality.port_deferring_methods = M:Company.Net.Tuning.NoPort(System.Net.Sockets.Socket)")]
        [InlineData("dotnet_code_quality.BNP001.port_deferring_methods = T:Company.Net.Tuning")]
        [InlineData("dotnet_code_quality.port_deferring_methods = Company.Net.Other.Set | Company.Net.Tuning.NoPort")]
        public Task OtherAssembly_ListedMethodSetsTheOption(string option) =>
            Diagnostics.WithTuningLibrary(HandedToAListedMethodBeforeBind, option);
    }
}
