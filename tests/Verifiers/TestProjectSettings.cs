using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace BindNoPort.Tests.Verifiers
{
    /// <summary>What every rule-test project shares: the newest C# the 4.8 compiler knows, and nullable annotations on, as user code has them.</summary>
    internal static class TestProjectSettings
    {
        public static Solution Apply(Solution solution, ProjectId projectId)
        {
            var project = solution.GetProject(projectId)!;
            var compilationOptions = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
            var parseOptions = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest);
            return solution.WithProjectCompilationOptions(projectId, compilationOptions).WithProjectParseOptions(projectId, parseOptions);
        }
    }
}
