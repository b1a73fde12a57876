using System.Collections.Generic;
using System.Linq;
using System.Text;
using BindNoPort.Analyzers.Options;

namespace BindNoPort.Audit.GlobalConfig
{
    /// <summary>
    /// The text of the .globalconfig <c>bindnoport globalconfig</c> writes: the binding and connecting methods of the
    /// project's dependencies, as the options the BNP rules read (<see cref="ConfiguredSocketMethods"/>).
    /// </summary>
    internal static class GlobalConfigFile
    {
        public static string Text(string input, LibraryMethods methods)
        {
            var text = new StringBuilder()
                .Append("# Written by `bindnoport globalconfig ").Append(input).AppendLine("` from the code of the project's dependencies and")
                .AppendLine("# referenced projects: their methods that bind, or connect, the socket they are given, and those that return")
                .AppendLine("# a new TCP socket bound to the endpoint they are given. The BNP rules see a call of one as the bind or")
                .AppendLine("# connect it makes. Give it to the build (MSBuild):")
                .AppendLine("#   <ItemGroup><GlobalAnalyzerConfigFiles Include=\"bindnoport.globalconfig\" /></ItemGroup>")
                .AppendLine("# and write it again when those dependencies change.")
                .AppendLine("is_global = true");
            Option(text, ConfiguredSocketMethods.BindingOption, methods.Binding);
            Option(text, ConfiguredSocketMethods.ConnectingOption, methods.Connecting);
            Option(text, ConfiguredSocketMethods.BoundFactoryOption, methods.BoundFactories);
            return text.ToString();
        }

        private static void Option(StringBuilder text, string name, IReadOnlyCollection<string> methods)
        {
            if (methods.Count > 0)
            {
                text.AppendLine().Append("dotnet_code_quality.").Append(name).Append(" = ").AppendLine(string.Join("|", methods.OrderBy(method => method, System.StringComparer.Ordinal)));
            }
        }
    }
}
