using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using ICSharpCode.Decompiler.Disassembler;
using ICSharpCode.Decompiler.Metadata;

namespace BindNoPort.Audit.Scanning
{
    /// <summary>The members each method body names in its IL (calls, object creations, field loads and stores, ldftn), with the type and method naming them.</summary>
    internal static class ILReferences
    {
        public static IEnumerable<(TypeDefinitionHandle Type, MethodDefinitionHandle Method, EntityHandle Member)> Of(PEReader pe, MetadataReader metadata)
        {
            foreach (var typeHandle in metadata.TypeDefinitions)
            {
                foreach (var methodHandle in metadata.GetTypeDefinition(typeHandle).GetMethods())
                {
                    var rva = metadata.GetMethodDefinition(methodHandle).RelativeVirtualAddress;
                    if (rva == 0)
                    {
                        continue;
                    }

                    var il = pe.GetMethodBody(rva).GetILReader();
                    while (il.RemainingBytes > 0)
                    {
                        var opCode = ILParser.DecodeOpCode(ref il);
                        switch (opCode.GetOperandType())
                        {
                            case OperandType.Method:
                            case OperandType.Field:
                            case OperandType.Tok:
                                var member = MetadataTokens.EntityHandle(il.ReadInt32());
                                yield return (typeHandle, methodHandle, member.Kind == HandleKind.MethodSpecification
                                    ? metadata.GetMethodSpecification((MethodSpecificationHandle)member).Method
                                    : member);
                                break;
                            default:
                                ILParser.SkipOperand(ref il, opCode);
                                break;
                        }
                    }
                }
            }
        }

        /// <summary>The member's type (Namespace.Type) and name (.ctor, get_X, Bind), for definitions and references alike.</summary>
        public static (string? Type, string Name) NameOf(MetadataReader metadata, EntityHandle member) => member.Kind switch
        {
            HandleKind.MemberReference => (
                MetadataNames.TypeOf(metadata, metadata.GetMemberReference((MemberReferenceHandle)member).Parent),
                metadata.GetString(metadata.GetMemberReference((MemberReferenceHandle)member).Name)),
            HandleKind.MethodDefinition => (
                MetadataNames.Of(metadata, metadata.GetMethodDefinition((MethodDefinitionHandle)member).GetDeclaringType()),
                metadata.GetString(metadata.GetMethodDefinition((MethodDefinitionHandle)member).Name)),
            HandleKind.FieldDefinition => (
                MetadataNames.Of(metadata, metadata.GetFieldDefinition((FieldDefinitionHandle)member).GetDeclaringType()),
                metadata.GetString(metadata.GetFieldDefinition((FieldDefinitionHandle)member).Name)),
            _ => (null, ""),
        };
    }
}
