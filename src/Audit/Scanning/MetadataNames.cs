using System.Reflection.Metadata;

namespace BindNoPort.Audit.Scanning
{
    /// <summary>Metadata names as the decompiler takes them: Namespace.Outer+Inner`1.</summary>
    internal static class MetadataNames
    {
        public static string Of(MetadataReader metadata, TypeDefinitionHandle handle)
        {
            var type = metadata.GetTypeDefinition(handle);
            var declaring = type.GetDeclaringType();
            var name = metadata.GetString(type.Name);
            if (!declaring.IsNil)
            {
                return Of(metadata, declaring) + "+" + name;
            }

            var ns = metadata.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public static TypeDefinitionHandle TopLevel(MetadataReader metadata, TypeDefinitionHandle handle)
        {
            for (var declaring = metadata.GetTypeDefinition(handle).GetDeclaringType(); !declaring.IsNil; declaring = metadata.GetTypeDefinition(handle).GetDeclaringType())
            {
                handle = declaring;
            }

            return handle;
        }

        /// <summary>The type a member reference or definition belongs to, as Namespace.Type, when it names one.</summary>
        public static string? TypeOf(MetadataReader metadata, EntityHandle parent) => parent.Kind switch
        {
            HandleKind.TypeReference => ReferenceName(metadata, (TypeReferenceHandle)parent),
            HandleKind.TypeDefinition => Of(metadata, (TypeDefinitionHandle)parent),
            HandleKind.TypeSpecification => GenericDefinitionOf(metadata, (TypeSpecificationHandle)parent),
            _ => null,
        };

        private static string ReferenceName(MetadataReader metadata, TypeReferenceHandle handle)
        {
            var reference = metadata.GetTypeReference(handle);
            var name = metadata.GetString(reference.Name);
            if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return ReferenceName(metadata, (TypeReferenceHandle)reference.ResolutionScope) + "+" + name;
            }

            var ns = metadata.GetString(reference.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        // A generic instantiation's blob is GENERICINST, CLASS or VALUETYPE, then the generic type's token.
        private static string? GenericDefinitionOf(MetadataReader metadata, TypeSpecificationHandle handle)
        {
            var blob = metadata.GetBlobReader(metadata.GetTypeSpecification(handle).Signature);
            if (blob.ReadSignatureHeader().RawValue != (byte)SignatureTypeCode.GenericTypeInstance)
            {
                return null;
            }

            blob.ReadByte();
            return TypeOf(metadata, blob.ReadTypeHandle());
        }
    }
}
