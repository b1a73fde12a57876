using System.Reflection;

namespace BindNoPort.Audit
{
    /// <summary>The version the tool was packed with, as <c>bindnoport --version</c> prints it, without the commit suffix.</summary>
    internal static class ToolVersion
    {
        public static string Text { get; } = Read();

        private static string Read()
        {
            var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}
