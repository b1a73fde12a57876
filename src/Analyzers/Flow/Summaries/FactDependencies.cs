using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The facts a computation or a code block's analysis may read, found before it runs: the summary of every method
    /// of the compilation it calls with a socket, or a holder of one, going in or out, of every local function it
    /// calls, of every begin method it hands to FromAsync; and for a code block, the member sockets its type's other
    /// code prepares. A little more than is read does no harm: it is computed once.
    /// </summary>
    internal static class FactDependencies
    {
        /// <summary>
        /// What computing <paramref name="key"/> reads. A member socket's reading is cheap and reads only the summaries
        /// of what the member is handed to or made by, so it is run dry to find them; a summary's graph is not, so its
        /// body's calls are walked instead.
        /// </summary>
        public static IEnumerable<FactKey> Of(FlowEnvironment environment, FactKey key, CancellationToken cancellationToken) => key.IsSummary
            ? BodyOf((IMethodSymbol)key.Subject, environment, cancellationToken).SelectMany(root => SummariesCalledIn(environment, root, cancellationToken)).Distinct()
            : environment.Facts.ReadsOf(() => MemberUses.Read(environment, key.Subject, key.View!, cancellationToken));

        /// <summary>The summaries a code block's own analysis reads.</summary>
        public static IEnumerable<FactKey> SummariesCalledIn(FlowEnvironment environment, IOperation root, CancellationToken cancellationToken)
        {
            var facts = environment.Facts;
            foreach (var operation in root.DescendantsAndSelf())
            {
                var (method, arguments) = operation switch
                {
                    IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                    IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                    IMethodReferenceOperation reference => (reference.Method, default),
                    _ => (null, default),
                };
                if (method is null)
                {
                    continue;
                }

                var definition = FactKey.Definition(method);
                if (definition.MethodKind == MethodKind.LocalFunction
                    || (facts.IsSummarizable(definition)
                        && (arguments.IsDefault || environment.Holders.CanTouchSockets(definition, arguments))
                        && environment.Reach.MayTouchSockets(definition, cancellationToken)))
                {
                    yield return FactKey.Summary(definition);
                }
            }
        }

        /// <summary>
        /// The member sockets of <paramref name="viewType"/> a code block's analysis starts from: those it names, and
        /// those the methods it calls touch on this object (<paramref name="summaries"/>, computed first).
        /// </summary>
        public static IEnumerable<FactKey> MembersRead(FlowEnvironment environment, IEnumerable<IOperation> roots, IEnumerable<MethodSummary> summaries, INamedTypeSymbol viewType)
        {
            var symbols = environment.Symbols;
            var named = roots.SelectMany(root => root.DescendantsAndSelf()).SelectMany(operation => operation switch
            {
                IMemberReferenceOperation reference when reference.Instance is null || SocketKeys.IsThis(reference.Instance) => new[] { reference.Member },
                IFieldInitializerOperation initializer => initializer.InitializedFields.CastArray<ISymbol>().ToArray(),
                IPropertyInitializerOperation initializer => initializer.InitializedProperties.CastArray<ISymbol>().ToArray(),
                _ => Array.Empty<ISymbol>(),
            });
            var touched = summaries.SelectMany(summary => summary.Effects).Select(effect => effect.Key.Root).OfType<ISymbol>();
            return named.Select(member => FactKey.Member(member, viewType))
                .Concat(touched.Select(member => FactKey.Member(member, ViewOf(member, viewType))))
                .Where(key => MayHoldSocket(symbols, key.Subject))
                .Distinct();
        }

        /// <summary>
        /// The type whose code a member socket's facts are read over: the block's own type for a member it inherits or a
        /// static one, else the member's type, as that type's own analysis reads it (a wrapper's socket, bound through a
        /// call on the wrapper).
        /// </summary>
        public static INamedTypeSymbol ViewOf(ISymbol member, INamedTypeSymbol viewType)
        {
            if (member.IsStatic || member.ContainingType is not INamedTypeSymbol owner)
            {
                return viewType;
            }

            for (var type = viewType; type is not null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, owner.OriginalDefinition))
                {
                    return viewType;
                }
            }

            return owner;
        }

        /// <summary>
        /// Whether a field or property is one whose member facts a block reads: a Socket or TcpClient, or, in code that
        /// does not compile yet, a member whose type is not known.
        /// </summary>
        public static bool MayHoldSocket(RequiredSymbols symbols, ISymbol member) => member switch
        {
            IFieldSymbol field => symbols.IsTrackedType(field.Type) || field.Type.TypeKind == TypeKind.Error,
            IPropertySymbol property => symbols.IsTrackedType(property.Type) || property.Type.TypeKind == TypeKind.Error,
            _ => false,
        };

        // The operations of a method's body, or of a local function's.
        private static IEnumerable<IOperation> BodyOf(IMethodSymbol method, FlowEnvironment environment, CancellationToken cancellationToken)
        {
            var declaration = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
            if (declaration is null)
            {
                yield break;
            }

            var operation = environment.ModelFor(declaration.SyntaxTree).GetOperation(declaration, cancellationToken);
            if (operation is not null)
            {
                yield return declaration is LocalFunctionStatementSyntax && operation is ILocalFunctionOperation localFunction
                    ? (IOperation?)localFunction.Body ?? operation
                    : operation;
            }
        }
    }
}
