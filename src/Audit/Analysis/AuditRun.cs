using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Audit.Inputs;
using BindNoPort.Audit.Reporting;

namespace BindNoPort.Audit.Analysis
{
    /// <summary>Receives the audit's progress: how many assemblies there are, and each step on one of them.</summary>
    internal interface IAuditProgress
    {
        void Scanned(AuditedAssembly assembly, int index, int count);

        void Decompiling(AuditedAssembly assembly, int types);

        void Analyzed(AuditedAssembly assembly, int findings);
    }

    /// <summary>
    /// The whole audit: every assembly scanned, the ones that touch a bind decompiled and analyzed. An assembly that
    /// cannot be read is reported as a problem and the others go on.
    /// </summary>
    internal static class AuditRun
    {
        public static async Task<AuditReport> RunAsync(string input, IAuditProgress progress, CancellationToken cancellationToken)
        {
            var scratch = Directory.CreateTempSubdirectory("bindnoport-audit-");
            try
            {
                var assemblies = AuditInputs.Resolve(input, scratch.FullName);
                var findings = ImmutableArray.CreateBuilder<Finding>();
                var problems = ImmutableArray.CreateBuilder<AuditProblem>();
                var decompiled = ImmutableArray.CreateBuilder<string>();
                var touching = new List<(AuditedAssembly Assembly, ImmutableArray<string> Types)>();
                for (var index = 0; index < assemblies.Count; index++)
                {
                    var assembly = assemblies[index];
                    try
                    {
                        var types = AssemblyAudit.Scan(assembly);
                        if (!types.IsEmpty)
                        {
                            touching.Add((assembly, types));
                        }
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        // A damaged file fails in whichever reader meets the damage first; each says so in its own words.
                        problems.Add(new AuditProblem(assembly.Path, "cannot be read as a .NET assembly: " + UnreadableInput.FirstLine(exception.Message)));
                    }

                    progress.Scanned(assembly, index + 1, assemblies.Count);
                }

                foreach (var (assembly, types) in touching)
                {
                    progress.Decompiling(assembly, types.Length);
                    try
                    {
                        var (found, failures) = await AssemblyAudit.AnalyzeAsync(assembly, types, cancellationToken).ConfigureAwait(false);
                        findings.AddRange(found);
                        decompiled.Add(assembly.Path);
                        foreach (var failure in failures)
                        {
                            // What the rules did find is kept; the code they failed on is reported as not audited.
                            problems.Add(new AuditProblem(assembly.Path, "was audited only in part, a rule failed: " + UnreadableInput.FirstLine(failure)));
                        }

                        progress.Analyzed(assembly, found.Length);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        // The decompiler or the compiler failed on this assembly; its problem is reported, the audit goes on.
                        problems.Add(new AuditProblem(assembly.Path, "could not be decompiled and analyzed: " + exception.GetType().Name + ": " + exception.Message));
                        progress.Analyzed(assembly, 0);
                    }
                }

                return new AuditReport(input, findings.ToImmutable(), problems.ToImmutable(), assemblies.ToImmutableArray(), decompiled.ToImmutable());
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        }
    }
}
