using System.IO;
using System.IO.Compression;

namespace BindNoPort.Tests.Audit
{
    /// <summary>A .nupkg of the compiled library, Sample.Client 1.2.3, with its assembly under lib/ for each framework given.</summary>
    internal static class PackageFiles
    {
        public static string Write(CompiledLibrary library, params string[] frameworks)
        {
            var package = Path.Combine(library.Folder, "Sample.Client.1.2.3.nupkg");
            using var archive = ZipFile.Open(package, ZipArchiveMode.Create);
            using (var nuspec = new StreamWriter(archive.CreateEntry("Sample.Client.nuspec").Open()))
            {
                nuspec.Write("<package><metadata><id>Sample.Client</id><version>1.2.3</version><authors>a</authors><description>d</description></metadata></package>");
            }

            foreach (var framework in frameworks)
            {
                archive.CreateEntryFromFile(library.Path, $"lib/{framework}/Sample.dll");
                archive.CreateEntryFromFile(library.Path, $"lib/{framework}/de/Sample.resources.dll");
            }

            return package;
        }
    }
}
