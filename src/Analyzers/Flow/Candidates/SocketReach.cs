using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// Whether calling a method of the compilation may bind a socket, or touch one at all: the method names a socket
    /// member itself (binds one, for <see cref="MayBind"/>: its text names a bind and its operations hold one), or
    /// calls, by name, a method of its own type (or a base type) that does, at any depth. Names are looked up in the
    /// method's own types only: a helper of another type is reached through its caller's own call of it. The answers
    /// for all the methods of a type are computed together, once.
    /// </summary>
    internal sealed class SocketReach
    {
        private readonly FlowEnvironment _environment;
        private readonly SocketMentions _mentions;
        private readonly OncePerKey<INamedTypeSymbol, TypeReach> _types;

        public SocketReach(FlowEnvironment environment)
        {
            _environment = environment;
            _mentions = environment.Mentions;
            _types = new OncePerKey<INamedTypeSymbol, TypeReach>(SymbolEqualityComparer.Default);
        }

        /// <summary>Whether the method, or one it calls, names Bind, BindForConnect or TcpClient.</summary>
        public bool MayBind(IMethodSymbol method, CancellationToken cancellationToken) => Answer(method, binds: true, cancellationToken);

        /// <summary>Whether the method, or one it calls, names any socket member the rules know.</summary>
        public bool MayTouchSockets(IMethodSymbol method, CancellationToken cancellationToken) => Answer(method, binds: false, cancellationToken);

        private bool Answer(IMethodSymbol method, bool binds, CancellationToken cancellationToken)
        {
            var definition = method.OriginalDefinition;
            if (definition.ContainingType is not INamedTypeSymbol type)
            {
                return false;
            }

            var reach = ReachOf(type, cancellationToken);
            if (reach.Answers.TryGetValue(definition, out var answer))
            {
                return binds ? answer.Binds : answer.Touches;
            }

            // A local function or lambda is not a member: its own code, or a member it calls, decides.
            var own = binds ? Binds(definition, cancellationToken) : Names(definition, binds: false, cancellationToken);
            return reach.MayName(binds) && (own || CalleesOf(definition, cancellationToken).Any(callee => Answer(callee, binds, cancellationToken)));
        }

        private TypeReach ReachOf(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            type.DeclaringSyntaxReferences.IsEmpty ? TypeReach.None : _types.Get(type.OriginalDefinition, Compute, cancellationToken);

        // Each method's own mention first, then what its callees in the type reach, until nothing changes: a method that
        // calls a reaching method reaches, whatever the order or the cycles.
        private TypeReach Compute(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var baseReach = type.BaseType is INamedTypeSymbol baseType ? ReachOf(baseType, cancellationToken) : TypeReach.None;
            var mayTouch = baseReach.MayName(binds: false) || type.DeclaringSyntaxReferences.Any(reference => _mentions.MayUseSockets(reference.GetSyntax(cancellationToken), cancellationToken));
            var mayBind = baseReach.MayName(binds: true) || type.DeclaringSyntaxReferences.Any(reference => _mentions.MayBind(reference.GetSyntax(cancellationToken), cancellationToken));
            if (!mayTouch && !mayBind)
            {
                return new TypeReach(ImmutableDictionary<IMethodSymbol, Reach>.Empty, mayTouch, mayBind);
            }

            var methods = type.GetMembers().OfType<IMethodSymbol>().Where(method => !method.DeclaringSyntaxReferences.IsEmpty).ToList();
            var answers = methods.ToDictionary(
                method => method,
                method => new Reach(mayTouch && Names(method, binds: false, cancellationToken), mayBind && Binds(method, cancellationToken)),
                (IEqualityComparer<IMethodSymbol>)SymbolEqualityComparer.Default);
            var callees = methods.ToDictionary(method => method, method => CalleesOf(method, cancellationToken), (IEqualityComparer<IMethodSymbol>)SymbolEqualityComparer.Default);
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var method in methods)
                {
                    var reach = answers[method];
                    foreach (var callee in callees[method])
                    {
                        var calleeReach = answers.TryGetValue(callee, out var own) ? own : ReachOf(callee.ContainingType, cancellationToken).Of(callee);
                        reach = new Reach(reach.Touches || calleeReach.Touches, reach.Binds || calleeReach.Binds);
                    }

                    if (!reach.Equals(answers[method]))
                    {
                        answers[method] = reach;
                        changed = true;
                    }
                }
            }

            return new TypeReach(answers.ToImmutableDictionary(SymbolEqualityComparer.Default), mayTouch, mayBind);
        }

        // Only the few methods whose text has the shape of a bind are read as operations.
        private bool Binds(IMethodSymbol method, CancellationToken cancellationToken) =>
            method.DeclaringSyntaxReferences.Any(reference => _environment.Shapes.In(reference.GetSyntax(cancellationToken), cancellationToken))
            && DirectBinds.In(method, _environment, cancellationToken);

        private bool Names(IMethodSymbol method, bool binds, CancellationToken cancellationToken) =>
            method.DeclaringSyntaxReferences.Any(reference => binds ? _mentions.MayBind(reference.GetSyntax(cancellationToken), cancellationToken) : _mentions.MayUseSockets(reference.GetSyntax(cancellationToken), cancellationToken));

        // The names the method's text calls, `Name(` or `Name<...>(`, looked up in its type and the base types.
        private List<IMethodSymbol> CalleesOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                CalledNames.Add(_mentions.TextOf(reference.SyntaxTree, cancellationToken), reference.Span, names);
            }

            var callees = new List<IMethodSymbol>();
            for (var owner = method.ContainingType; owner is not null && !owner.DeclaringSyntaxReferences.IsEmpty; owner = owner.BaseType)
            {
                foreach (var name in names)
                {
                    callees.AddRange(owner.GetMembers(name).OfType<IMethodSymbol>().Select(callee => callee.OriginalDefinition));
                }
            }

            return callees;
        }

        private readonly struct Reach : IEquatable<Reach>
        {
            public Reach(bool touches, bool binds)
            {
                Touches = touches;
                Binds = binds;
            }

            public bool Touches { get; }

            public bool Binds { get; }

            public bool Equals(Reach other) => Touches == other.Touches && Binds == other.Binds;

            public override bool Equals(object? obj) => obj is Reach other && Equals(other);

            public override int GetHashCode() => (Touches ? 2 : 0) + (Binds ? 1 : 0);
        }

        /// <summary>The answers for the methods one type declares, and whether its type chain names anything at all.</summary>
        private sealed class TypeReach
        {
            public static readonly TypeReach None = new TypeReach(ImmutableDictionary<IMethodSymbol, Reach>.Empty, mayTouch: false, mayBind: false);

            private readonly bool _mayTouch;
            private readonly bool _mayBind;

            public TypeReach(ImmutableDictionary<IMethodSymbol, Reach> answers, bool mayTouch, bool mayBind)
            {
                Answers = answers;
                _mayTouch = mayTouch;
                _mayBind = mayBind;
            }

            public ImmutableDictionary<IMethodSymbol, Reach> Answers { get; }

            public bool MayName(bool binds) => binds ? _mayBind : _mayTouch;

            public Reach Of(IMethodSymbol method) => Answers.TryGetValue(method, out var reach) ? reach : default;
        }
    }
}
