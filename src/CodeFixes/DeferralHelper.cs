using System.Linq;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// The one helper a project without BindNoPort.Runtime gets when its fixes would write the option block at more
    /// than one place, or at a place no block fits (a <c>new TcpClient(localEndPoint)</c> inside an expression):
    /// <c>SocketPortDeferral</c>, internal, documented, with the option's numbers named and the Linux check written
    /// once. It is added to a file the fix edits anyway, at its end and in its namespace, since a new file would need
    /// the project file changed under some hosts (dotnet format adds a Compile item an SDK project already globs).
    /// Once the project has it, every later fix calls it.
    /// </summary>
    internal sealed class DeferralHelper
    {
        public const string TypeName = "SocketPortDeferral";
        private const string DeferPortToConnect = "DeferPortToConnect";
        private const string SetPortDeferral = "SetPortDeferral";
        private const string CreateBoundTcpClient = "CreateBoundTcpClient";

        private readonly string? namespaceName;

        private DeferralHelper(string? namespaceName, bool exists)
        {
            this.namespaceName = namespaceName;
            Exists = exists;
        }

        /// <summary>Whether the project already has the helper, from an earlier fix.</summary>
        public bool Exists { get; }

        /// <summary>
        /// The project's helper, or the one to add to <paramref name="host"/>; null where the option cannot be written (no
        /// SetRawSocketOption or no platform check), or where a type of the same name that is not the helper is in the way.
        /// </summary>
        public static DeferralHelper? For(Compilation compilation, FixCapabilities capabilities, SyntaxNode host)
        {
            if (!capabilities.CanSetOptionInline)
            {
                return null;
            }

            var sameName = compilation.GetSymbolsWithName(name => name == TypeName, SymbolFilter.Type).OfType<INamedTypeSymbol>().ToArray();
            if (sameName.Length == 0)
            {
                return new DeferralHelper(NamespaceOf(Container(host)), exists: false);
            }

            var existing = sameName.FirstOrDefault(type => new[] { SetPortDeferral, DeferPortToConnect, CreateBoundTcpClient }.All(member => type.GetMembers(member).Any()));
            return existing is null || sameName.Length > 1
                ? null
                : new DeferralHelper(existing.ContainingNamespace.IsGlobalNamespace ? null : existing.ContainingNamespace.ToDisplayString(), exists: true);
        }

        /// <summary><c>SocketPortDeferral.DeferPortToConnect(socket);</c>, to stand right before the Bind.</summary>
        public StatementSyntax DeferPortToConnectStatement(ExpressionSyntax socket) =>
            SyntaxFactory.ExpressionStatement(Call(DeferPortToConnect, socket));

        /// <summary><c>SocketPortDeferral.SetPortDeferral(socket, value);</c>, in place of a call that sets the option to <paramref name="value"/>.</summary>
        public StatementSyntax SetPortDeferralStatement(ExpressionSyntax socket, ExpressionSyntax value) =>
            SyntaxFactory.ExpressionStatement(Call(SetPortDeferral, socket, value));

        /// <summary><c>SocketPortDeferral.CreateBoundTcpClient(localEndPoint)</c>, in place of <c>new TcpClient(localEndPoint)</c>.</summary>
        public ExpressionSyntax CreateBoundTcpClientCall(ExpressionSyntax localEndPoint) => Call(CreateBoundTcpClient, localEndPoint);

        /// <summary>
        /// Adds the helper at the end of the file, in its namespace, a blank line below what stands before it; the file
        /// must then import <see cref="Namespaces"/>.
        /// </summary>
        public static void AddTo(SyntaxEditor editor, SyntaxNode root, FixSyntax syntax, string newLine)
        {
            var container = Container(root);
            var before = container.ChildNodes().OfType<MemberDeclarationSyntax>().LastOrDefault()?.GetLastToken() ?? container.GetFirstToken();
            var lineEnded = before.TrailingTrivia.Any(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            var fileEnded = root.GetLastToken(includeZeroWidth: true).GetPreviousToken().TrailingTrivia.Any(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            var declaration = Declaration(syntax, newLine);
            declaration = declaration
                .WithLeadingTrivia(declaration.GetLeadingTrivia().InsertRange(0, Enumerable.Repeat(SyntaxFactory.EndOfLine(newLine), lineEnded ? 1 : 2)))
                .WithTrailingTrivia(container is CompilationUnitSyntax && !fileEnded ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine(newLine)));
            editor.ReplaceNode(container, (current, _) => current switch
            {
                CompilationUnitSyntax unit => unit.AddMembers(declaration),
                BaseNamespaceDeclarationSyntax namespaceDeclaration => namespaceDeclaration.AddMembers(declaration),
                _ => current,
            });
        }

        /// <summary>The namespaces the helper's names need, beyond the framework ones of the option's template.</summary>
        public static string[] Namespaces { get; } = { "System.Net", "System.Net.Sockets" };

        private static MemberDeclarationSyntax Declaration(FixSyntax syntax, string newLine)
        {
            var lines = new[]
            {
                "/// <summary>",
                "/// Binds client sockets with IP_BIND_ADDRESS_NO_PORT set first: Linux then picks the local port at Connect and",
                "/// shares it across destinations, instead of reserving it at Bind for every destination (" + Descriptors.HelpLinkBase + RuleIdentifiers.BindBeforeConnect + ".md).",
                "/// </summary>",
                "internal static class " + TypeName,
                "{",
                "    // IP_BIND_ADDRESS_NO_PORT (linux/in.h), an option of the IP level; .NET names neither.",
                "    private const int IpProtocolLevel = " + SocketOptionNumbers.LevelIP.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";",
                "    private const int IpBindAddressNoPort = " + SocketOptionNumbers.BindAddressNoPort.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";",
                "",
                "    /// <summary>Sets IP_BIND_ADDRESS_NO_PORT on Linux, where it exists; call it before Bind.</summary>",
                "    internal static void " + DeferPortToConnect + "(Socket socket) => " + SetPortDeferral + "(socket, BitConverter.GetBytes(1));",
                "",
                "    /// <summary>Sets IP_BIND_ADDRESS_NO_PORT to <paramref name=\"value\"/> (1 on, 0 off) on Linux, where it exists; elsewhere nothing.</summary>",
                "    internal static void " + SetPortDeferral + "(Socket socket, byte[] value)",
                "    {",
                "        if (" + syntax.IsLinuxText + ")",
                "        {",
                "            socket.SetRawSocketOption(IpProtocolLevel, IpBindAddressNoPort, value);",
                "        }",
                "    }",
                "",
                "    /// <summary>In place of <c>new TcpClient(localEndPoint)</c>: the client bound to <paramref name=\"localEndPoint\"/> with its port deferred to Connect.</summary>",
                "    internal static TcpClient " + CreateBoundTcpClient + "(IPEndPoint localEndPoint)",
                "    {",
                "        var client = new TcpClient(localEndPoint.AddressFamily);",
                "        " + DeferPortToConnect + "(client.Client);",
                "        client.Client.Bind(localEndPoint);",
                "        return client;",
                "    }",
                "}",
            };
            return SyntaxFactory.ParseMemberDeclaration(string.Join(newLine, lines))!.WithAdditionalAnnotations(Formatter.Annotation);
        }

        // Where a type added to the file goes: its file-scoped namespace, its one namespace, or the file itself.
        private static SyntaxNode Container(SyntaxNode root)
        {
            var members = root is CompilationUnitSyntax unit ? unit.Members : default;
            return members.OfType<FileScopedNamespaceDeclarationSyntax>().FirstOrDefault()
                ?? (members.Count == 1 && members[0] is NamespaceDeclarationSyntax only ? only : root);
        }

        private static string? NamespaceOf(SyntaxNode container) =>
            container is BaseNamespaceDeclarationSyntax declaration ? declaration.Name.ToString() : null;

        // The helper named in full and marked for the simplifier, which shortens it where its namespace is in scope.
        private InvocationExpressionSyntax Call(string member, params ExpressionSyntax[] arguments)
        {
            var type = SyntaxFactory.ParseExpression(namespaceName is null ? "global::" + TypeName : "global::" + namespaceName + "." + TypeName)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            return SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, SyntaxFactory.IdentifierName(member)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.Select(argument => SyntaxFactory.Argument(argument.WithoutTrivia())))));
        }
    }
}
