using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The bind a helper makes, deepest first: where a fix of the helper goes, and what stands there.</summary>
    internal sealed class InnerBind
    {
        public InnerBind(Location location, BindForm form)
        {
            Location = location;
            Form = form;
        }

        /// <summary>The Bind call or TcpClient creation inside the helper.</summary>
        public Location Location { get; }

        /// <summary><see cref="BindForm.SocketBind"/>, <see cref="BindForm.TcpClientSocketBind"/> or <see cref="BindForm.TcpClientConstructor"/>.</summary>
        public BindForm Form { get; }
    }
}
