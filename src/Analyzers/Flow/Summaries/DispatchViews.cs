using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// The concrete classes of the compilation a base class's code runs as, when that code calls on this object a
    /// virtual or abstract method they override: an abstract connector whose CreateSocket and BeginConnectCore a TCP
    /// subclass and a UDP subclass implement. The code is analyzed once as each of them too, each call dispatched to
    /// the class's own implementation, so a bind is reported where a subclass makes the socket TCP. Only calls a socket
    /// goes into or comes out of are dispatched so; a base class with none of them is analyzed as written only.
    /// </summary>
    internal sealed class DispatchViews
    {
        // A base class with more subclasses than this is a framework's; its code is analyzed as written only.
        private const int MaximumViews = 8;

        private readonly FlowEnvironment _environment;
        private readonly OncePerKey<Compilation, ILookup<INamedTypeSymbol, INamedTypeSymbol>> _derived = new OncePerKey<Compilation, ILookup<INamedTypeSymbol, INamedTypeSymbol>>();

        public DispatchViews(FlowEnvironment environment)
        {
            _environment = environment;
        }

        /// <summary>The concrete classes deriving from <paramref name="type"/> that override a method <paramref name="bodies"/> call on this; empty for most code.</summary>
        public ImmutableArray<INamedTypeSymbol> Of(INamedTypeSymbol type, IEnumerable<IOperation> bodies, CancellationToken cancellationToken)
        {
            var called = DispatchedCallsWithASocket(bodies)
                .Select(invocation => invocation.TargetMethod.OriginalDefinition)
                .Distinct<IMethodSymbol>(SymbolEqualityComparer.Default)
                .ToList();
            if (called.Count == 0)
            {
                return ImmutableArray<INamedTypeSymbol>.Empty;
            }

            var views = Concrete(type.OriginalDefinition, cancellationToken)
                .Where(view => called.Any(method => !SymbolEqualityComparer.Default.Equals(Implementation(method, view), method)))
                .ToImmutableArray();
            return views.Length <= MaximumViews ? views : ImmutableArray<INamedTypeSymbol>.Empty;
        }

        /// <summary>The summaries the analyses as <paramref name="views"/> read: of each implementation a call on this runs there.</summary>
        public IEnumerable<FactKey> SummariesRead(ImmutableArray<INamedTypeSymbol> views, IEnumerable<IOperation> bodies) =>
            DispatchedCallsWithASocket(bodies)
                .SelectMany(invocation => views.Select(view => Implementation(invocation.TargetMethod, view)))
                .Where(implementation => !implementation.IsAbstract)
                .Select(FactKey.Summary)
                .Distinct();

        /// <summary>The method a call of <paramref name="method"/> on this object runs as an instance of <paramref name="view"/>.</summary>
        public static IMethodSymbol Implementation(IMethodSymbol method, INamedTypeSymbol view)
        {
            var definition = method.OriginalDefinition;
            for (var type = view; type is not null; type = type.BaseType)
            {
                foreach (var candidate in type.GetMembers(definition.Name).OfType<IMethodSymbol>())
                {
                    for (var overridden = candidate; overridden is not null; overridden = overridden.OverriddenMethod)
                    {
                        if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, definition))
                        {
                            return candidate.OriginalDefinition;
                        }
                    }
                }
            }

            return definition;
        }

        // The calls on this object of a method a subclass may implement that a socket goes into or comes out of: a
        // factory, a connect of the socket it is given. Other virtual calls (event hooks) change nothing a view would.
        private IEnumerable<IInvocationOperation> DispatchedCallsWithASocket(IEnumerable<IOperation> bodies) =>
            bodies.SelectMany(body => body.DescendantsAndSelf())
                .OfType<IInvocationOperation>()
                .Where(invocation => SocketKeys.IsCallOnThis(invocation) && IsDispatched(invocation.TargetMethod)
                    && (_environment.Symbols.IsTrackedType(_environment.Symbols.ResultOf(invocation.TargetMethod))
                        || invocation.Arguments.Any(argument => _environment.Symbols.IsTrackedType(argument.Value.Type))));

        /// <summary>Whether a call of <paramref name="method"/> may run a subclass's body: abstract, virtual, or an override a subclass can override again.</summary>
        public static bool IsDispatched(IMethodSymbol method) =>
            method.IsAbstract || method.IsVirtual || (method.IsOverride && !method.IsSealed && !method.ContainingType.IsSealed);

        private IEnumerable<INamedTypeSymbol> Concrete(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var derived = _derived.Get(_environment.Symbols.Compilation, DerivedTypes, cancellationToken);
            var pending = new Stack<INamedTypeSymbol>(derived[type]);
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (!seen.Add(current))
                {
                    continue;
                }

                if (!current.IsAbstract)
                {
                    yield return current;
                }

                foreach (var next in derived[current])
                {
                    pending.Push(next);
                }
            }
        }

        // Every class of the compilation by its base class, read once from the symbols of its source types.
        private static ILookup<INamedTypeSymbol, INamedTypeSymbol> DerivedTypes(Compilation compilation, CancellationToken cancellationToken)
        {
            var classes = new List<INamedTypeSymbol>();
            var namespaces = new Stack<INamespaceSymbol>();
            var types = new Stack<INamedTypeSymbol>();
            namespaces.Push(compilation.Assembly.GlobalNamespace);
            while (namespaces.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = namespaces.Pop();
                foreach (var inner in current.GetNamespaceMembers())
                {
                    namespaces.Push(inner);
                }

                foreach (var type in current.GetTypeMembers())
                {
                    types.Push(type);
                }
            }

            while (types.Count > 0)
            {
                var type = types.Pop();
                if (type is { TypeKind: TypeKind.Class, BaseType: not null })
                {
                    classes.Add(type);
                }

                foreach (var nested in type.GetTypeMembers())
                {
                    types.Push(nested);
                }
            }

            return classes.ToLookup(type => type.BaseType!.OriginalDefinition, SymbolEqualityComparer.Default as IEqualityComparer<INamedTypeSymbol>);
        }
    }
}
