using System;
using System.IO;
using System.Reflection.PortableExecutable;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>Which files are .NET assemblies.</summary>
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
    }
}
