using System;
using System.Diagnostics;
using System.Threading;

namespace BindNoPort.Analyzers.Flow.Measuring
{
    /// <summary>
    /// Times the analysis by <see cref="AnalysisPhase"/> for the bench, which switches it on; off, each phase entry costs
    /// one static read. Time is exclusive: a phase entered inside another pauses the outer one on that thread, so the
    /// phases add up to the analyzer's own time. The clock is the wall clock unless the bench gives another (the
    /// thread's processor time, which a busy machine does not stretch).
    /// </summary>
    internal static class PhaseClock
    {
        private static readonly long[] Ticks = new long[Enum.GetValues(typeof(AnalysisPhase)).Length];
        private static readonly long[] Entries = new long[Ticks.Length];
        private static Func<long> _now = Stopwatch.GetTimestamp;
        private static long _ticksPerSecond = Stopwatch.Frequency;

        [ThreadStatic]
        private static Frame? _current;

        /// <summary>Whether phases are timed; the bench sets it before a compilation and reads the totals after.</summary>
        public static bool Enabled { get; set; }

        /// <summary>Times with <paramref name="now"/>, which counts <paramref name="ticksPerSecond"/>.</summary>
        public static void UseClock(Func<long> now, long ticksPerSecond)
        {
            _now = now;
            _ticksPerSecond = ticksPerSecond;
        }

        /// <summary>Starts timing <paramref name="phase"/> until the scope is disposed.</summary>
        public static Scope Enter(AnalysisPhase phase)
        {
            if (!Enabled)
            {
                return default;
            }

            var now = _now();
            var outer = _current;
            if (outer is not null)
            {
                Interlocked.Add(ref Ticks[(int)outer.Phase], now - outer.Since);
            }

            Interlocked.Increment(ref Entries[(int)phase]);
            _current = new Frame(phase, now, outer);
            return new Scope(_current);
        }

        /// <summary>Each phase's time since the last reset, in milliseconds, by phase.</summary>
        public static double[] Milliseconds()
        {
            var result = new double[Ticks.Length];
            for (var phase = 0; phase < Ticks.Length; phase++)
            {
                result[phase] = Interlocked.Read(ref Ticks[phase]) * 1000.0 / _ticksPerSecond;
            }

            return result;
        }

        /// <summary>How many times each phase was entered since the last reset, by phase.</summary>
        public static long[] Counts()
        {
            var result = new long[Entries.Length];
            for (var phase = 0; phase < Entries.Length; phase++)
            {
                result[phase] = Interlocked.Read(ref Entries[phase]);
            }

            return result;
        }

        /// <summary>Clears the totals.</summary>
        public static void Reset()
        {
            for (var phase = 0; phase < Ticks.Length; phase++)
            {
                Interlocked.Exchange(ref Ticks[phase], 0);
                Interlocked.Exchange(ref Entries[phase], 0);
            }
        }

        private static void Exit(Frame frame)
        {
            var now = _now();
            Interlocked.Add(ref Ticks[(int)frame.Phase], now - frame.Since);
            _current = frame.Outer;
            if (frame.Outer is not null)
            {
                frame.Outer.Since = now;
            }
        }

        /// <summary>The timing of one phase entry; disposing it ends the phase.</summary>
        internal readonly struct Scope : IDisposable
        {
            private readonly Frame? _frame;

            public Scope(Frame frame)
            {
                _frame = frame;
            }

            public void Dispose()
            {
                if (_frame is not null)
                {
                    Exit(_frame);
                }
            }
        }

        /// <summary>A phase running on this thread, and the one it paused.</summary>
        internal sealed class Frame
        {
            public Frame(AnalysisPhase phase, long since, Frame? outer)
            {
                Phase = phase;
                Since = since;
                Outer = outer;
            }

            public AnalysisPhase Phase { get; }

            public long Since { get; set; }

            public Frame? Outer { get; }
        }
    }
}
