using Microsoft.CodeAnalysis;

namespace BindNoPort.Tests.Verifiers
{
    /// <summary>What a test changes about the project its sources are compiled in.</summary>
    public sealed class TestOptions
    {
        public static readonly TestOptions Default = new();

        /// <summary>Adds BindNoPort.Runtime (the build the tests reference) as a metadata reference.</summary>
        public bool ReferenceRuntime { get; init; }

        /// <summary>Content of an .editorconfig beside the sources, e.g. "[*.cs]\ndotnet_diagnostic.BNP001.severity = none".</summary>
        public string? EditorConfig { get; init; }

        /// <summary>ConsoleApplication for sources with top-level statements.</summary>
        public OutputKind OutputKind { get; init; } = OutputKind.DynamicallyLinkedLibrary;

        /// <summary>File name of the first source (the others are Test1.cs, Test2.cs, ...); a *.g.cs name marks generated code.</summary>
        public string FirstFileName { get; init; } = "Test0.cs";
    }
}
