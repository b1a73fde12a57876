using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BindNoPort.Audit.Analysis;
using BindNoPort.Audit.Inputs;
using BindNoPort.Audit.Reporting;

namespace BindNoPort.Bench.Audit
{
    /// <summary>
    /// What bindnoport audit costs on a real dependency set (<see cref="DependencySet"/>): the metadata scan of
    /// every assembly, and the whole audit, which decompiles and analyzes only the assemblies the scan points at.
    /// Each operation is seconds long, so each iteration is one run.
    /// </summary>
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
    public class AuditCost
    {
        private string _project = "";
        private string _scratch = "";

        /// <summary>Restores the dependency set if this machine has not.</summary>
        [GlobalSetup]
        public void Setup()
        {
            _project = DependencySet.Restored();
            _scratch = Directory.CreateTempSubdirectory("bindnoport-bench-audit-").FullName;
        }

        /// <summary>Removes the scratch folder.</summary>
        [GlobalCleanup]
        public void Cleanup() => Directory.Delete(_scratch, recursive: true);

        /// <summary>Resolves the project's assemblies and scans each one's metadata and IL for a bind: the cost every assembly pays.</summary>
        [Benchmark]
        public int MetadataScan()
        {
            var touching = 0;
            foreach (var assembly in AuditInputs.Resolve(_project, _scratch))
            {
                if (!AssemblyAudit.Scan(assembly).IsEmpty)
                {
                    touching++;
                }
            }

            return touching;
        }

        /// <summary>The whole audit as the command runs it, without its output.</summary>
        [Benchmark]
        public Task<int> WholeAudit() => WholeAuditAsync();

        private async Task<int> WholeAuditAsync() => (await AuditRun.RunAsync(_project, SilentProgress.Instance, CancellationToken.None).ConfigureAwait(false)).Findings.Length;
    }
}
