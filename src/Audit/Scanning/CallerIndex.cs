using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace BindNoPort.Audit.Scanning
{
    /// <summary>
    /// Which top-level types of an assembly name a member (Namespace.Type and member name) in their IL: where the
    /// callers of a method and the writers of a field are, before any of them is decompiled.
    /// </summary>
    internal sealed class CallerIndex
    {
        private readonly ILookup<(string? Type, string Name), string> _types;

        public CallerIndex(IEnumerable<(TypeDefinitionHandle Type, MethodDefinitionHandle Method, EntityHandle Member)> references, MetadataReader metadata)
        {
            _types = references
                .Select(reference => (Key: ILReferences.NameOf(metadata, reference.Member), Type: MetadataNames.Of(metadata, MetadataNames.TopLevel(metadata, reference.Type))))
                .Distinct()
                .ToLookup(reference => reference.Key, reference => reference.Type);
        }

        public ImmutableArray<string> TypesNaming(string type, string member) => _types[(type, member)].ToImmutableArray();
    }
}
