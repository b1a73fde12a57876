using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>Which files are .NET assemblies, and what an assembly says of its own version.</summary>
    internal static class AssemblyFiles
    {
        public static bool HasMetadata(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new PEReader(stream);
                return reader.HasMetadata;
            }
            catch (Exception exception) when (exception is IOException or BadImageFormatException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <summary>The informational version without its source-commit suffix, else the assembly version.</summary>
        public static string VersionOf(string path)
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            var metadata = reader.GetMetadataReader();
            foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(handle);
                if (attribute.Constructor.Kind == HandleKind.MemberReference
                    && metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                    && metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name) == "AssemblyInformationalVersionAttribute")
                {
                    var blob = metadata.GetBlobReader(attribute.Value);
                    blob.ReadUInt16();
                    var version = blob.ReadSerializedString() ?? "";
                    var plus = version.IndexOf('+');
                    return plus < 0 ? version : version.Substring(0, plus);
                }
            }

            return metadata.GetAssemblyDefinition().Version.ToString();
        }
    }
}
