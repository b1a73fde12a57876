using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace BindNoPort.Bench.Sockets
{
    /// <summary>A connection on loopback takes tens of microseconds: a normal job, shortened by --short.</summary>
    public sealed class ConnectionCostConfig : ManualConfig
    {
        /// <summary>Creates the job for the current run length.</summary>
        public ConnectionCostConfig()
        {
            var job = BenchSettings.IsShort
                ? Job.Default.WithWarmupCount(2).WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(200)).WithId("ConnectionShort")
                : Job.Default.WithWarmupCount(5).WithIterationCount(20).WithIterationTime(TimeInterval.FromMilliseconds(500)).WithId("Connection");
            AddJob(job.WithLaunchCount(1));
            AddColumn(StatisticColumn.Median);
        }
    }
}
