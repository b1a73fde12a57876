using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Whether calling a method of the compilation may bind a socket, or touch one at all: the method names a socket
    /// member itself (binds one, for <see cref="MayBind"/>: its text has a bind's shape and its operations hold one that
    /// it does not also listen on), or
    /// calls, by name, a method of its own type (or a base type) that does, at any depth. Names are looked up in the
    /// method's own types only: a helper of another type is reached through its caller's own call of it. An answer
    /// walks only the methods the asked one reaches, each read once for the compilation; when none of them binds,
    /// they all get the answer no.
    /// </summary>
    internal sealed class SocketReach
    {
        private readonly FlowEnvironment _environment;
        private readonly OncePerKey<IMethodSymbol, ImmutableArray<IMethodSymbol>> _callees = new OncePerKey<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);
        private readonly OncePerKey<IMethodSymbol, bool> _bindsItself = new OncePerKey<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly OncePerKey<(INamedTypeSymbol Type, bool Binds), bool> _chainNames = new OncePerKey<(INamedTypeSymbol Type, bool Binds), bool>(new TypeModeComparer());
        private readonly ConcurrentDictionary<(IMethodSymbol Method, bool Binds), bool> _answers = new ConcurrentDictionary<(IMethodSymbol Method, bool Binds), bool>(new MethodModeComparer());

        public SocketReach(FlowEnvironment environment)
        {
            _environment = environment;
        }

        /// <summary>Whether the method, or one it calls, binds a socket.</summary>
        public bool MayBind(IMethodSymbol method, CancellationToken cancellationToken) => Answer(method.OriginalDefinition, binds: true, cancellationToken);

        /// <summary>Whether the method, or one it calls, names any socket member the rules know.</summary>
        public bool MayTouchSockets(IMethodSymbol method, CancellationToken cancellationToken) => Answer(method.OriginalDefinition, binds: false, cancellationToken);

        // A walk of what the method reaches, stopping at the first method that does it itself.
        private bool Answer(IMethodSymbol method, bool binds, CancellationToken cancellationToken)
        {
            if (_answers.TryGetValue((method, binds), out var known))
            {
                return known;
            }

            var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { method };
            var pending = new Stack<IMethodSymbol>();
            pending.Push(method);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = pending.Pop();
                if (_answers.TryGetValue((current, binds), out var answer))
                {
                    if (answer)
                    {
                        return Remember(method, binds, true);
                    }

                    continue;
                }

                if (!ChainMayName(current.ContainingType, binds, cancellationToken))
                {
                    continue;
                }

                if (DoesItself(current, binds, cancellationToken))
                {
                    return Remember(method, binds, true);
                }

                foreach (var callee in _callees.Get(current, CalleesOf, cancellationToken))
                {
                    if (visited.Add(callee))
                    {
                        pending.Push(callee);
                    }
                }
            }

            // Nothing the method reaches does it, so nothing any of them reaches does either.
            foreach (var reached in visited)
            {
                _answers.TryAdd((reached, binds), false);
            }

            return false;
        }

        private bool Remember(IMethodSymbol method, bool binds, bool answer) => _answers.GetOrAdd((method, binds), answer);

        private bool DoesItself(IMethodSymbol method, bool binds, CancellationToken cancellationToken) =>
            binds ? _bindsItself.Get(method, BindsItself, cancellationToken) : Names(method, cancellationToken);

        // A type chain whose text names nothing cannot reach anything: only its own methods are followed.
        private bool ChainMayName(INamedTypeSymbol? type, bool binds, CancellationToken cancellationToken) =>
            type is not null && !type.DeclaringSyntaxReferences.IsEmpty
            && _chainNames.Get((type.OriginalDefinition, binds), (key, token) =>
                key.Type.DeclaringSyntaxReferences.Any(reference => key.Binds
                    ? _environment.Mentions.MayBind(reference.GetSyntax(token), token)
                    : _environment.Mentions.MayUseSockets(reference.GetSyntax(token), token))
                || ChainMayName(key.Type.BaseType, key.Binds, token), cancellationToken);

        // Only the few methods whose text has the shape of a bind are read as operations; a method that binds only the
        // sockets it listens on (a server's Start) reaches no bind a caller could connect.
        private bool BindsItself(IMethodSymbol method, CancellationToken cancellationToken) =>
            method.DeclaringSyntaxReferences.Any(reference => _environment.Shapes.In(reference.GetSyntax(cancellationToken), cancellationToken))
            && DirectBinds.OfAClientIn(method, _environment, cancellationToken);

        private bool Names(IMethodSymbol method, CancellationToken cancellationToken) =>
            method.DeclaringSyntaxReferences.Any(reference => _environment.Mentions.MayUseSockets(reference.GetSyntax(cancellationToken), cancellationToken));

        // The names the method's text calls, `Name(` or `Name<...>(`, looked up in its type and the base types.
        private ImmutableArray<IMethodSymbol> CalleesOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                CalledNames.Add(_environment.Mentions.TextOf(reference.SyntaxTree, cancellationToken), reference.Span, names);
            }

            var callees = ImmutableArray.CreateBuilder<IMethodSymbol>();
            for (var owner = method.ContainingType; owner is not null && !owner.DeclaringSyntaxReferences.IsEmpty; owner = owner.BaseType)
            {
                foreach (var name in names)
                {
                    callees.AddRange(owner.GetMembers(name).OfType<IMethodSymbol>().Select(callee => callee.OriginalDefinition));
                }
            }

            return callees.ToImmutable();
        }

        private sealed class TypeModeComparer : IEqualityComparer<(INamedTypeSymbol Type, bool Binds)>
        {
            public bool Equals((INamedTypeSymbol Type, bool Binds) x, (INamedTypeSymbol Type, bool Binds) y) =>
                x.Binds == y.Binds && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

            public int GetHashCode((INamedTypeSymbol Type, bool Binds) obj) => unchecked((SymbolEqualityComparer.Default.GetHashCode(obj.Type) * 2) + (obj.Binds ? 1 : 0));
        }

        private sealed class MethodModeComparer : IEqualityComparer<(IMethodSymbol Method, bool Binds)>
        {
            public bool Equals((IMethodSymbol Method, bool Binds) x, (IMethodSymbol Method, bool Binds) y) =>
                x.Binds == y.Binds && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

            public int GetHashCode((IMethodSymbol Method, bool Binds) obj) => unchecked((SymbolEqualityComparer.Default.GetHashCode(obj.Method) * 2) + (obj.Binds ? 1 : 0));
        }
    }
}
