using System.Collections.Immutable;
using System.IO;
using BindNoPort;
using Microsoft.CodeAnalysis;


namespace BindNoPort.Tests.Verifiers
{
    /// <summary>The frameworks and libraries rule-test sources compile against.</summary>
    public static class TestReferences
    {
        /// <summary>net8.0, the oldest runtime the package's users run: every rule test's default.</summary>
        public static Microsoft.CodeAnalysis.Testing.ReferenceAssemblies Net80 { get; } = Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80;

        /// <summary>net10.0, the newest runtime, at the reference pack the registry serves (the library's own Net100 asks for 10.0.1).</summary>
        public static Microsoft.CodeAnalysis.Testing.ReferenceAssemblies Net100 { get; } =
            new("net10.0", new Microsoft.CodeAnalysis.Testing.PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"), Path.Combine("ref", "net10.0"));

        /// <summary>netstandard2.0: no SetRawSocketOption, no OperatingSystem, ConnectAsync through SocketTaskExtensions.</summary>
        public static Microsoft.CodeAnalysis.Testing.ReferenceAssemblies NetStandard20 { get; } = Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.NetStandard.NetStandard20;

        /// <summary>net48, at the reference package the registry serves (the library's own Net48 asks for 1.0.0): SmtpClient and FtpWebRequest in System.dll.</summary>
        public static Microsoft.CodeAnalysis.Testing.ReferenceAssemblies Net48 { get; } =
            new Microsoft.CodeAnalysis.Testing.ReferenceAssemblies("net48", new Microsoft.CodeAnalysis.Testing.PackageIdentity("Microsoft.NETFramework.ReferenceAssemblies.net48", "1.0.3"), Path.Combine("build", ".NETFramework", "v4.8"))
                .AddAssemblies(ImmutableArray.Create("mscorlib", "System", "System.Core"));

        /// <summary>BindNoPort.Runtime as the tests reference it (its net8.0 build), so the fixes call its helpers.</summary>
        public static MetadataReference Runtime { get; } =
            MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(PortDeferral).Assembly.Location)!, "BindNoPort.Runtime.dll"));
    }
}
