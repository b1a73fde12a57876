using System.Linq;
using BindNoPort.Analyzers;
using BindNoPort.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace BindNoPort.Tests.Rules
{
    /// <summary>The prefilter every code block passes: whole socket member names only, within the block's own span.</summary>
    public sealed class SocketMentionsTests
    {
        private const string Source = """
            using System.Net.Sockets;

            class C
            {
                SocketType Kind() => SocketType.Stream;

                bool Binding(bool connected) => connected;

                void Open(System.Net.Sockets.Socket socket, System.Net.EndPoint local) => socket.Bind(local);

                void Later() { }
            }
            """;

        [Theory]
        [InlineData("Kind", false)]
        [InlineData("Binding", false)]
        [InlineData("Open", true)]
        [InlineData("Later", false)]
        public void Method_PassesOnlyWhenItNamesASocketMember(string method, bool expected)
        {
            var tree = CSharpSyntaxTree.ParseText(Source);
            var references = new[] { typeof(object), typeof(System.Net.Sockets.Socket), typeof(System.Net.EndPoint) }
                .Select(type => MetadataReference.CreateFromFile(type.Assembly.Location));
            var symbols = RequiredSymbols.TryCreate(CSharpCompilation.Create("Mentions", new[] { tree }, references))!;
            var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == method);
            Assert.Equal(expected, new SocketMentions(symbols).MayUseSockets(declaration, System.Threading.CancellationToken.None));
        }
    }
}
