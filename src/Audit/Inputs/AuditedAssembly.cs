using System.Collections.Immutable;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>The package an assembly came in, when the input says; a loose assembly has none.</summary>
    internal sealed record PackageIdentity(string Id, string Version)
    {
        public override string ToString() => $"{Id} {Version}";
    }

    /// <summary>
    /// One assembly to audit, with the assemblies it was restored or published beside: what its decompiled code
    /// compiles against.
    /// </summary>
    internal sealed record AuditedAssembly(string Path, PackageIdentity? Package, ImmutableArray<string> Dependencies)
    {
        public string FileName => System.IO.Path.GetFileName(Path);
    }
}
