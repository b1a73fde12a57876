using System;
using System.Runtime.InteropServices;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// The calling thread's processor time, from clock_gettime(CLOCK_THREAD_CPUTIME_ID), in nanoseconds: a phase's cost
    /// that the machine's other load does not stretch, unlike its wall time. Linux and macOS only.
    /// </summary>
    public static class ThreadCpuClock
    {
        /// <summary>Ticks of <see cref="Now"/> per second.</summary>
        public const long TicksPerSecond = 1_000_000_000;

        private const int ClockThreadCpuTime = 3;

        /// <summary>Whether this system has the clock.</summary>
        public static bool IsAvailable { get; } = Probe();

        /// <summary>The thread's processor time so far.</summary>
        public static long Now()
        {
            if (clock_gettime(ClockThreadCpuTime, out var time) != 0)
            {
                throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
            }

            return (time.Seconds * TicksPerSecond) + time.Nanoseconds;
        }

        private static bool Probe()
        {
            try
            {
                return (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && clock_gettime(ClockThreadCpuTime, out _) == 0;
            }
            catch (DllNotFoundException)
            {
                return false;
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int clock_gettime(int clockId, out TimeSpec time);

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
