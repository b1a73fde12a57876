using System;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>
    /// A fact the analysis of one piece of code may need about another, computed once for the compilation: the
    /// summary of a method or local function, or what the members of a type chain do to one member socket.
    /// </summary>
    internal sealed class FactKey : IEquatable<FactKey>
    {
        private FactKey(ISymbol subject, INamedTypeSymbol? view)
        {
            Subject = subject;
            View = view;
        }

        /// <summary>The method or local function summarized, or the member socket.</summary>
        public ISymbol Subject { get; }

        /// <summary>For a member socket, the type whose code is read; null for a summary.</summary>
        public INamedTypeSymbol? View { get; }

        public bool IsSummary => View is null;

        /// <summary>The summary of <paramref name="method"/>, named by its definition (an extension method's unreduced form).</summary>
        public static FactKey Summary(IMethodSymbol method) => new FactKey(Definition(method), view: null);

        /// <summary>What the code of <paramref name="view"/> and its base types does to <paramref name="member"/>.</summary>
        public static FactKey Member(ISymbol member, INamedTypeSymbol view) => new FactKey(member.OriginalDefinition, view.OriginalDefinition);

        public static IMethodSymbol Definition(IMethodSymbol method) => (method.ReducedFrom ?? method).OriginalDefinition;

        public bool Equals(FactKey? other) =>
            other is not null && SymbolEqualityComparer.Default.Equals(Subject, other.Subject) && SymbolEqualityComparer.Default.Equals(View, other.View);

        public override bool Equals(object? obj) => Equals(obj as FactKey);

        public override string ToString() => View is null ? Subject.ToDisplayString() : Subject.ToDisplayString() + " seen from " + View.ToDisplayString();

        public override int GetHashCode() =>
            unchecked((SymbolEqualityComparer.Default.GetHashCode(Subject) * 31) + (View is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(View)));
    }
}
