using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The cheap test every code block passes before any semantic work: does it name a socket member the rules care about?</summary>
    internal static class SocketSyntax
    {
        public static bool MayUseSockets(SyntaxNode node)
        {
            foreach (var token in node.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && IsInteresting(token.ValueText))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsInteresting(string name)
        {
            switch (name)
            {
                case "Socket":
                case "TcpClient":
                case "Bind":
                case "BindForConnect":
                case "Connect":
                case "ConnectAsync":
                case "BeginConnect":
                case "SetSocketOption":
                case "SetRawSocketOption":
                case "DeferPortToConnect":
                case "Listen":
                case "Accept":
                case "AcceptAsync":
                case "BeginAccept":
                    return true;
                default:
                    return false;
            }
        }
    }
}
