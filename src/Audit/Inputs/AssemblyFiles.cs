using System;
using System.IO;
using System.Reflection.PortableExecutable;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>What a .dll is: a .NET assembly, a native library, or neither (damaged, or not a PE image at all).</summary>
    internal enum AssemblyKind
    {
        Managed,
        Native,
        Unreadable,
    }

    /// <summary>Which files are .NET assemblies.</summary>
    internal static class AssemblyFiles
    {
        public static bool HasMetadata(string path) => KindOf(path) == AssemblyKind.Managed;

        public static AssemblyKind KindOf(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new PEReader(stream);
                return reader.HasMetadata ? AssemblyKind.Managed : AssemblyKind.Native;
            }
            catch (Exception exception) when (exception is IOException or BadImageFormatException or UnauthorizedAccessException)
            {
                return AssemblyKind.Unreadable;
            }
        }
    }
}
