using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BindNoPort.Bench.Sockets
{
    /// <summary>
    /// The per-connection comparison again, in one process and in rounds: every variant runs a batch of
    /// connections in each round, and each ratio is taken between batches of the same round. The load on
    /// a shared machine drifts between the separate processes BenchmarkDotNet runs; within a round it
    /// barely moves. Two more variants split the helper's cost into its own call (socket, option, close
    /// against socket, close) and what the kernel does differently once the port is chosen at connect.
    /// </summary>
    public static class ConnectionPairedExperiment
    {
        /// <summary>The name --filter matches.</summary>
        public const string Name = "BindNoPort.Bench.Sockets.ConnectionPaired";

        private static readonly IPEndPoint LocalAnyPort = new IPEndPoint(IPAddress.Loopback, 0);
        private static readonly byte[] OptionOn = BitConverter.GetBytes(1);

        /// <summary>Runs the rounds; returns the markdown table.</summary>
        public static string Run()
        {
            var rounds = BenchSettings.IsShort ? 5 : 30;
            var batch = BenchSettings.IsShort ? 500 : 3000;
            using var listener = new LoopbackListener();
            var remote = listener.EndPoint;
            var variants = new (string Name, Action Run)[]
            {
                ("Connect", () => Connect(remote, bind: null)),
                ("Bind, connect", () => Connect(remote, bind: socket => socket.Bind(LocalAnyPort))),
                ("BindForConnect, connect", () => Connect(remote, bind: socket => BindNoPort.PortDeferral.BindForConnect(socket, LocalAnyPort))),
                ("SetRawSocketOption(0, 24), bind, connect", () => Connect(remote, bind: socket =>
                {
                    socket.SetRawSocketOption(0, 24, OptionOn);
                    socket.Bind(LocalAnyPort);
                })),
                ("Socket, close", () => LoopbackListener.Reset(LoopbackListener.NewClient())),
                ("Socket, DeferPortToConnect, close", () =>
                {
                    var socket = LoopbackListener.NewClient();
                    BindNoPort.PortDeferral.DeferPortToConnect(socket);
                    LoopbackListener.Reset(socket);
                }),
            };

            var perRound = variants.ToDictionary(variant => variant.Name, _ => new List<double>());
            for (var round = 0; round <= rounds; round++)
            {
                for (var step = 0; step < variants.Length; step++)
                {
                    var (name, run) = variants[(step + round) % variants.Length];
                    var stopwatch = Stopwatch.StartNew();
                    for (var index = 0; index < batch; index++)
                    {
                        run();
                    }

                    // Round 0 warms up the JIT and the kernel's tables and is not kept.
                    if (round > 0)
                    {
                        perRound[name].Add(stopwatch.Elapsed.TotalMicroseconds / batch);
                    }
                }
            }

            var text = new StringBuilder();
            text.AppendLine(Invariant($"{rounds} rounds of {batch} operations per variant; medians over the rounds, ratios taken within a round (smallest and largest in brackets)."));
            text.AppendLine();
            text.AppendLine("| Variant | Time per operation (us) | vs. Connect |");
            text.AppendLine("|---|---:|---:|");
            foreach (var (name, _) in variants.Take(4))
            {
                var ratios = perRound[name].Zip(perRound["Connect"], (value, connect) => value / connect - 1).ToList();
                text.AppendLine(Invariant($"| {name} | {Median(perRound[name]):F1} | {Percent(Median(ratios))} [{Percent(ratios.Min())}, {Percent(ratios.Max())}] |"));
            }

            foreach (var (name, _) in variants.Skip(4))
            {
                text.AppendLine(Invariant($"| {name} | {Median(perRound[name]):F2} | |"));
            }

            var ownCost = perRound["Socket, DeferPortToConnect, close"].Zip(perRound["Socket, close"], (with, without) => with - without).ToList();
            text.AppendLine();
            text.AppendLine(Invariant($"The helper's own call (DeferPortToConnect on a new socket): {Median(ownCost):F2} us per socket [{ownCost.Min():F2}, {ownCost.Max():F2}]."));
            return text.ToString();
        }

        private static void Connect(IPEndPoint remote, Action<Socket>? bind)
        {
            var socket = LoopbackListener.NewClient();
            bind?.Invoke(socket);
            socket.Connect(remote);
            LoopbackListener.Reset(socket);
        }

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(value => value).ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        private static string Percent(double ratio) => (ratio >= 0 ? "+" : string.Empty) + (ratio * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
