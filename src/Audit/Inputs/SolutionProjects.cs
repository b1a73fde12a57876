using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>The projects a .sln or .slnx names, as full paths.</summary>
    internal static class SolutionProjects
    {
        private static readonly Regex SlnProject = new(@"^Project\(""\{[^}]+\}""\)\s*=\s*""[^""]*"",\s*""(?<path>[^""]+\.(cs|vb|fs)proj)""", RegexOptions.Multiline);

        public static IEnumerable<string> Read(string solutionPath)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(solutionPath))!;
            var paths = solutionPath.EndsWith(".slnx", System.StringComparison.OrdinalIgnoreCase)
                ? XDocument.Load(solutionPath).Descendants("Project").Select(project => (string?)project.Attribute("Path")).OfType<string>()
                : SlnProject.Matches(File.ReadAllText(solutionPath)).Select(match => match.Groups["path"].Value);
            return paths.Select(path => Path.GetFullPath(Path.Combine(directory, path.Replace('\\', Path.DirectorySeparatorChar))));
        }
    }
}
