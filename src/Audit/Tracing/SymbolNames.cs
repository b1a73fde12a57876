using Microsoft.CodeAnalysis;

namespace BindNoPort.Audit.Tracing
{
    /// <summary>How symbols of decompiled code are named: for a person, and as the metadata scan keys them.</summary>
    internal static class SymbolNames
    {
        public static readonly SymbolDisplayFormat Member = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeParameters,
            parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

        /// <summary>Namespace.Outer+Inner`1, as the metadata scan and the decompiler name types.</summary>
        public static string MetadataName(INamedTypeSymbol type)
        {
            type = type.OriginalDefinition;
            if (type.ContainingType is { } containing)
            {
                return MetadataName(containing) + "+" + type.MetadataName;
            }

            return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
        }

        public static INamedTypeSymbol TopLevel(INamedTypeSymbol type)
        {
            while (type.ContainingType is { } containing)
            {
                type = containing;
            }

            return type.OriginalDefinition;
        }

        /// <summary>Visible to a consumer of the package: public or protected, in types that are too.</summary>
        public static bool IsPublicApi(ISymbol symbol)
        {
            for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
