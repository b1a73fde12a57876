using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BindNoPort.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// The code the fixes write, from one template: the option under a Linux check. Framework type names are written in
    /// full and marked for the simplifier, which shortens them once the document imports their namespaces
    /// (<see cref="FrameworkNamespaces"/>); new statements are marked for the formatter.
    /// </summary>
    internal sealed class FixSyntax
    {
        private const string SocketPlaceholder = "__socket__";
        private const string ValuePlaceholder = "__value__";

        // The framework types the templates name; only these are handed to the simplifier, never the user's code.
        private static readonly HashSet<string> FrameworkTypes = new HashSet<string> { "OperatingSystem", "BitConverter", "RuntimeInformation", "OSPlatform" };

        private static readonly string RawOption = "SetRawSocketOption("
            + SocketOptionNumbers.LevelIP.ToString(CultureInfo.InvariantCulture) + ", "
            + SocketOptionNumbers.BindAddressNoPort.ToString(CultureInfo.InvariantCulture) + ", ";

        private readonly FixCapabilities capabilities;
        private readonly string newLine;

        public FixSyntax(FixCapabilities capabilities, string newLine)
        {
            this.capabilities = capabilities;
            this.newLine = newLine;
        }

        /// <summary>The namespaces of the framework names the templates write.</summary>
        public ImmutableArray<string> FrameworkNamespaces => capabilities.PlatformCheck == PlatformCheck.OperatingSystem
            ? ImmutableArray.Create("System")
            : ImmutableArray.Create("System", "System.Runtime.InteropServices");

        /// <summary>The Linux check as a file that imports <see cref="FrameworkNamespaces"/> writes it.</summary>
        public string IsLinuxText => capabilities.PlatformCheck == PlatformCheck.OperatingSystem
            ? "OperatingSystem.IsLinux()"
            : "RuntimeInformation.IsOSPlatform(OSPlatform.Linux)";

        /// <summary>
        /// <c>if (OperatingSystem.IsLinux()) { socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1)); }</c>
        /// under a comment naming the option.
        /// </summary>
        public StatementSyntax SetNoPortOptionOnLinux(ExpressionSyntax socket) =>
            OnLinux(Fill(SyntaxFactory.ParseStatement(SocketPlaceholder + "." + RawOption + ValuePlaceholder + ");"), socket, GetBytes(Literal(1))));

        /// <summary>
        /// The one template every inline fix writes: <paramref name="setOption"/>, the call that sets the option, under
        /// <c>if (OperatingSystem.IsLinux())</c> and a comment naming the option.
        /// </summary>
        public StatementSyntax OnLinux(StatementSyntax setOption)
        {
            var statement = (IfStatementSyntax)Statement(
                "if (" + IsPlatform("Linux") + ")" + newLine +
                "{" + newLine +
                "}" + newLine,
                socket: null,
                value: null);
            statement = statement.WithStatement(((BlockSyntax)statement.Statement).WithStatements(
                SyntaxFactory.SingletonList(setOption.WithoutTrivia().WithAdditionalAnnotations(Formatter.Annotation))));
            return statement.WithLeadingTrivia(
                SyntaxFactory.Comment("// IP_BIND_ADDRESS_NO_PORT (level 0, option 24): Linux picks the port at Connect, shared across destinations."),
                SyntaxFactory.EndOfLine(newLine));
        }

        /// <summary><c>socket.SetRawSocketOption(0, 24, bytes)</c> in place of the SetSocketOption invocation, whatever its receiver.</summary>
        public static InvocationExpressionSyntax SetRawNoPortOption(InvocationExpressionSyntax setSocketOption, ExpressionSyntax optionBytes)
        {
            var name = SyntaxFactory.IdentifierName("SetRawSocketOption");
            ExpressionSyntax target = setSocketOption.Expression switch
            {
                MemberAccessExpressionSyntax memberAccess => memberAccess.WithName(name.WithTriviaFrom(memberAccess.Name)),
                MemberBindingExpressionSyntax memberBinding => memberBinding.WithName(name.WithTriviaFrom(memberBinding.Name)),
                var other => name.WithTriviaFrom(other),
            };
            var arguments = Fill(SyntaxFactory.ParseArgumentList("(" + RawOption.Substring(RawOption.IndexOf('(') + 1) + ValuePlaceholder + ")"), socket: null, optionBytes);
            return setSocketOption.WithExpression(target).WithArgumentList(arguments.WithTriviaFrom(setSocketOption.ArgumentList));
        }

        /// <summary>
        /// The Windows call kept for Windows, and the Linux template for Linux:
        /// <c>if (OperatingSystem.IsWindows()) { original } else if (OperatingSystem.IsLinux()) { socket.SetRawSocketOption(0, 24, bytes); }</c>.
        /// </summary>
        public StatementSyntax SetPortDeferralPerPlatform(StatementSyntax windowsStatement, StatementSyntax linuxStatement)
        {
            var linux = (IfStatementSyntax)OnLinux(linuxStatement).WithoutLeadingTrivia();
            var statement = (IfStatementSyntax)Statement(
                "if (" + IsPlatform("Windows") + ")" + newLine +
                "{" + newLine +
                "}" + newLine,
                socket: null,
                value: null);
            var windowsBlock = (BlockSyntax)statement.Statement;
            statement = statement
                .WithStatement(windowsBlock.WithStatements(SyntaxFactory.SingletonList(windowsStatement.WithoutTrivia().WithAdditionalAnnotations(Formatter.Annotation))))
                .WithElse(SyntaxFactory.ElseClause(linux).WithAdditionalAnnotations(Formatter.Annotation));
            return statement;
        }

        /// <summary>The bytes of an option value: <c>BitConverter.GetBytes(value ? 1 : 0)</c> for a bool, <c>BitConverter.GetBytes(value)</c> for an int, the array itself for a byte[].</summary>
        public static ExpressionSyntax? OptionBytes(ExpressionSyntax value, ITypeSymbol? parameterType)
        {
            var bare = value.WithoutTrivia();
            switch (parameterType?.SpecialType)
            {
                case SpecialType.System_Boolean:
                    var asInt = bare switch
                    {
                        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression } => (ExpressionSyntax)Literal(1),
                        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression } => Literal(0),
                        _ => SyntaxFactory.ConditionalExpression(ParenthesizeUnlessPrimary(bare), Literal(1), Literal(0)),
                    };
                    return GetBytes(asInt);
                case SpecialType.System_Int32:
                    return GetBytes(bare);
                default:
                    return parameterType is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } ? bare : null;
            }
        }

        private static ExpressionSyntax GetBytes(ExpressionSyntax argument) =>
            Fill(SyntaxFactory.ParseExpression("System.BitConverter.GetBytes(" + ValuePlaceholder + ")"), socket: null, argument);

        private static ExpressionSyntax ParenthesizeUnlessPrimary(ExpressionSyntax expression) =>
            expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
                or LiteralExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or PrefixUnaryExpressionSyntax
                ? expression
                : SyntaxFactory.ParenthesizedExpression(expression);

        private static LiteralExpressionSyntax Literal(int value) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

        private string IsPlatform(string platform) =>
            capabilities.PlatformCheck == PlatformCheck.OperatingSystem
                ? "System.OperatingSystem.Is" + platform + "()"
                : "System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform." + platform + ")";

        private static StatementSyntax Statement(string text, ExpressionSyntax? socket, ExpressionSyntax? value) =>
            Fill(SyntaxFactory.ParseStatement(text), socket, value).WithAdditionalAnnotations(Formatter.Annotation);

        // Marks the template's framework type names for the simplifier, then puts the user's expressions in.
        private static TNode Fill<TNode>(TNode template, ExpressionSyntax? socket, ExpressionSyntax? value)
            where TNode : SyntaxNode
        {
            var replacements = template.DescendantNodes()
                .Where(node => node is MemberAccessExpressionSyntax memberAccess
                    ? FrameworkTypes.Contains(memberAccess.Name.Identifier.ValueText)
                    : node is IdentifierNameSyntax identifier
                        && identifier.Identifier.ValueText is SocketPlaceholder or ValuePlaceholder);
            return template.ReplaceNodes(
                replacements,
                (original, rewritten) => original switch
                {
                    IdentifierNameSyntax { Identifier.ValueText: SocketPlaceholder } when socket is not null => socket.WithoutTrivia(),
                    IdentifierNameSyntax { Identifier.ValueText: ValuePlaceholder } when value is not null => value.WithoutTrivia(),
                    MemberAccessExpressionSyntax => rewritten.WithAdditionalAnnotations(Simplifier.Annotation),
                    _ => rewritten,
                });
        }
    }
}
