using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BindNoPort.Bench.Profiling
{
    /// <summary>
    /// `trace-report FILE.speedscope.json [--under REGEX] [--depth N] [--min PERCENT] [--waiting]`: reads a dotnet-trace
    /// sampled thread-time profile converted to speedscope, and prints the callee tree below the frames that match REGEX
    /// (by default every analyzer callback the driver times). Only samples of threads running managed code count: the
    /// profiler also samples every idle and blocked thread, whose share would hide the analyzers' own. With --waiting,
    /// only the others count: where a callback waited (a lock, another thread's computation, native code).
    /// </summary>
    public static class SpeedscopeReport
    {
        /// <summary>The bench's command.</summary>
        public const string Name = "trace-report";

        private const string Usage = "Usage: " + Name + " FILE.speedscope.json [--under REGEX] [--depth N] [--min PERCENT] [--waiting]";

        private const string RunningLeaf = "CPU_TIME";

        // Plumbing between a callback and the code it runs, left out of the tree so that it reads as calls.
        private static readonly Regex Plumbing = new Regex(@"AsyncStateMachineBox|ExecutionContext\.Run|AsyncTaskMethodBuilder|AsyncValueTaskMethodBuilder|\.Start\(!!0&\)|<>c__DisplayClass|MoveNext\(class|Lazy`1|ConcurrentDictionary`2|ExecuteAndCatchIfThrows_NoLock", RegexOptions.CultureInvariant);

        public static int Run(string[] args)
        {
            var under = new Regex(@"AnalyzerExecutor\.ExecuteAndCatchIfThrows\(", RegexOptions.CultureInvariant);
            var depth = 8;
            var minimum = 1.0;
            var countWaiting = false;
            string? file = null;
            for (var index = 0; index < args.Length; index++)
            {
                switch (args[index])
                {
                    case "--under" when index + 1 < args.Length:
                        under = new Regex(args[++index], RegexOptions.CultureInvariant);
                        break;
                    case "--depth" when index + 1 < args.Length:
                        depth = int.Parse(args[++index], CultureInfo.InvariantCulture);
                        break;
                    case "--min" when index + 1 < args.Length:
                        minimum = double.Parse(args[++index], CultureInfo.InvariantCulture);
                        break;
                    case "--waiting":
                        countWaiting = true;
                        break;
                    case var path when File.Exists(path):
                        file = path;
                        break;
                    default:
                        Console.Error.WriteLine(Usage);
                        return 2;
                }
            }

            if (file is null)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var names = document.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray().Select(frame => frame.GetProperty("name").GetString() ?? "?").ToList();
            var frames = names.Select(Short).ToList();
            var tree = new Node();
            double running = 0, waiting = 0;
            foreach (var profile in document.RootElement.GetProperty("profiles").EnumerateArray())
            {
                foreach (var (stack, duration) in Intervals(profile))
                {
                    var start = stack.FindIndex(frame => under.IsMatch(names[frame]));
                    if (start < 0)
                    {
                        continue;
                    }

                    var isRunning = names[stack[^1]] == RunningLeaf;
                    if (isRunning)
                    {
                        running += duration;
                    }
                    else
                    {
                        waiting += duration;
                    }

                    if (isRunning == countWaiting)
                    {
                        continue;
                    }

                    var path = stack.Skip(start + 1).Take(stack.Count - start - 2).Where(frame => !Plumbing.IsMatch(names[frame])).Select(frame => frames[frame]).ToList();
                    tree.Add(path.Where((name, position) => position == 0 || path[position - 1] != name).Take(depth), duration);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Below /{under}/: {running:F0} ms running managed code, {waiting:F0} ms waiting or in native code (thread time, summed over threads)."));
            tree.Print(Console.Out, countWaiting ? waiting : running, minimum, indent: 0);
            return 0;
        }

        // Each stretch of time one thread spent on one stack, from the profile's open and close events.
        private static IEnumerable<(List<int> Stack, double Duration)> Intervals(JsonElement profile)
        {
            var stack = new List<int>();
            double? last = null;
            foreach (var sample in profile.GetProperty("events").EnumerateArray())
            {
                var at = sample.GetProperty("at").GetDouble();
                if (last is double previous && stack.Count > 0)
                {
                    yield return (new List<int>(stack), at - previous);
                }

                last = at;
                var frame = sample.GetProperty("frame").GetInt32();
                if (sample.GetProperty("type").GetString() == "O")
                {
                    stack.Add(frame);
                }
                else
                {
                    var position = stack.LastIndexOf(frame);
                    if (position >= 0)
                    {
                        stack.RemoveRange(position, stack.Count - position);
                    }
                }
            }
        }

        // "Module!Namespace.Type.Method(args)" as "Type.Method".
        private static string Short(string name)
        {
            var method = name.Contains('!', StringComparison.Ordinal) ? name[(name.IndexOf('!', StringComparison.Ordinal) + 1)..] : name;
            var arguments = method.IndexOf('(', StringComparison.Ordinal);
            method = arguments >= 0 ? method[..arguments] : method;
            var parts = method.Split('.');
            return parts.Length >= 2 ? parts[^2] + "." + parts[^1] : method;
        }

        private sealed class Node
        {
            private readonly Dictionary<string, Node> _children = new Dictionary<string, Node>(StringComparer.Ordinal);
            private double _duration;

            public void Add(IEnumerable<string> path, double duration)
            {
                var node = this;
                foreach (var name in path)
                {
                    if (!node._children.TryGetValue(name, out var child))
                    {
                        child = new Node();
                        node._children[name] = child;
                    }

                    child._duration += duration;
                    node = child;
                }
            }

            public void Print(TextWriter output, double total, double minimum, int indent)
            {
                foreach (var (name, child) in _children.OrderByDescending(pair => pair.Value._duration))
                {
                    var share = 100 * child._duration / total;
                    if (share < minimum)
                    {
                        continue;
                    }

                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{new string(' ', indent * 2)}{share,5:F1} % {child._duration,8:F0} ms  {name}"));
                    child.Print(output, total, minimum, indent + 1);
                }
            }
        }
    }
}
