using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace BindNoPort.Audit.Scanning
{
    /// <summary>
    /// The framework members through which code binds a client socket: Socket.Bind, the TcpClient constructor that
    /// binds, TcpClient.Client (whose socket code binds or sets options on), ServicePoint.BindIPEndPointDelegate.
    /// </summary>
    internal static class SocketTouches
    {
        private const byte ElementTypeClass = 0x12;

        /// <summary>The member references of the assembly that are one of those members; empty for most assemblies.</summary>
        public static ImmutableHashSet<EntityHandle> In(MetadataReader metadata) => ReferencesTo(metadata, IsTouch);

        /// <summary>The member references that connect a Socket or TcpClient: Connect, ConnectAsync, BeginConnect.</summary>
        public static ImmutableHashSet<EntityHandle> ConnectsIn(MetadataReader metadata) => ReferencesTo(metadata, (type, member, _) =>
            type is "System.Net.Sockets.Socket" or "System.Net.Sockets.TcpClient" or "System.Net.Sockets.SocketTaskExtensions"
            && member is "Connect" or "ConnectAsync" or "BeginConnect");

        // The member references of a type of System.Net or System.Net.Sockets that match, by type, name and signature.
        private static ImmutableHashSet<EntityHandle> ReferencesTo(MetadataReader metadata, Func<string, string, BlobReader, bool> matches)
        {
            var found = ImmutableHashSet.CreateBuilder<EntityHandle>();
            foreach (var handle in metadata.MemberReferences)
            {
                var reference = metadata.GetMemberReference(handle);
                if (reference.Parent.Kind != HandleKind.TypeReference)
                {
                    continue;
                }

                var type = metadata.GetTypeReference((TypeReferenceHandle)reference.Parent);
                var ns = metadata.GetString(type.Namespace);
                if (ns != "System.Net.Sockets" && ns != "System.Net")
                {
                    continue;
                }

                if (matches(ns + "." + metadata.GetString(type.Name), metadata.GetString(reference.Name), metadata.GetBlobReader(reference.Signature)))
                {
                    found.Add(handle);
                }
            }

            return found.ToImmutable();
        }

        private static bool IsTouch(string type, string member, BlobReader signature) => (type, member) switch
        {
            ("System.Net.Sockets.Socket", "Bind") => true,
            ("System.Net.Sockets.TcpClient", "get_Client") => true,
            ("System.Net.Sockets.TcpClient", ".ctor") => TakesOneClassArgument(signature),
            ("System.Net.ServicePoint", "set_BindIPEndPointDelegate") => true,
            _ => false,
        };

        // TcpClient's constructors take (), (AddressFamily), (string, int) or (IPEndPoint): only the last is one class argument.
        private static bool TakesOneClassArgument(BlobReader signature)
        {
            signature.ReadSignatureHeader();
            if (signature.ReadCompressedInteger() != 1)
            {
                return false;
            }

            signature.ReadByte();
            return signature.ReadByte() == ElementTypeClass;
        }

        /// <summary>
        /// The top-level types whose code (their nested lambdas and state machines included) names a touch, and the types
        /// that call an instance method naming one: a wrapper's users.
        /// </summary>
        public static ImmutableArray<TypeDefinitionHandle> TypesUsing(IReadOnlyCollection<(TypeDefinitionHandle Type, MethodDefinitionHandle Method, EntityHandle Member)> references, MetadataReader metadata, ImmutableHashSet<EntityHandle> touches)
        {
            var binding = references.Where(reference => touches.Contains(reference.Member)).ToList();

            // A wrapper's own Bind binds the socket its object holds, which its users make and connect: the types that
            // call, not through a virtual slot, an instance method that binds are where that is seen.
            var wrapperMethods = binding.Select(reference => reference.Method)
                .Where(method => (metadata.GetMethodDefinition(method).Attributes & System.Reflection.MethodAttributes.Static) == 0)
                .Select(method => (EntityHandle)method)
                .ToImmutableHashSet();
            var users = references.Where(reference => wrapperMethods.Contains(reference.Member));
            return binding.Concat(users)
                .Select(reference => MetadataNames.TopLevel(metadata, reference.Type))
                .Distinct()
                .ToImmutableArray();
        }
    }
}
