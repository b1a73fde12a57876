using System.Collections.Immutable;
using BindNoPort.Audit.Inputs;
using BindNoPort.Audit.Tracing;

namespace BindNoPort.Audit.Reporting
{
    /// <summary>
    /// One BNP diagnostic in a dependency's decompiled code: where it is, what the rule says, the code around it, and
    /// the public members whose value reaches the bound endpoint (empty: not traced).
    /// </summary>
    internal sealed record Finding(
        PackageIdentity? Package,
        string Assembly,
        string Type,
        string Member,
        string RuleId,
        string Message,
        string DecompiledFile,
        int Line,
        int Column,
        string Snippet,
        ImmutableArray<EntryPoint> EntryPoints);

    /// <summary>An assembly the audit could not read or decompile; the rest of the audit went on.</summary>
    internal sealed record AuditProblem(string Assembly, string Message);

    /// <summary>Everything one audit found: findings, the assemblies it read and decompiled, the ones it could not.</summary>
    internal sealed record AuditReport(
        string Input,
        ImmutableArray<Finding> Findings,
        ImmutableArray<AuditProblem> Problems,
        ImmutableArray<AuditedAssembly> Assemblies,
        ImmutableArray<string> AssembliesDecompiled)
    {
        public int AssembliesScanned => Assemblies.Length;
    }
}
