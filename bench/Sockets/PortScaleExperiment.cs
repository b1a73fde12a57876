using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace BindNoPort.Bench.Sockets
{
    /// <summary>
    /// How many connections one source address can hold with P ephemeral ports and D destinations:
    /// without bind, with bind before connect, and with PortDeferral.BindForConnect. Runs in a fresh
    /// network namespace (a user namespace makes that possible without privileges) with a narrowed
    /// ip_local_port_range, so the host's ports are untouched and the counts are exact.
    /// </summary>
    public static class PortScaleExperiment
    {
        /// <summary>The name --filter matches.</summary>
        public const string Name = "BindNoPort.Bench.Sockets.PortScale";

        /// <summary>The command the bench re-executes itself with inside the namespace.</summary>
        public const string InNamespaceCommand = "port-scale-in-namespace";

        private const int LowPort = 40000;
        private const int HighPort = 40099;
        private const int ServerPort = 7000;
        private const string PortRangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
        private static readonly int[] DestinationCounts = { 1, 2, 4, 8 };
        private static readonly IPAddress SourceAddress = IPAddress.Parse("127.0.0.2");
        private static readonly LingerOption ResetOnClose = new LingerOption(true, 0);

        private enum Mode
        {
            NoBind,
            BindThenConnect,
            BindForConnect,
        }

        /// <summary>Runs the experiment in a new user and network namespace; returns its markdown table.</summary>
        public static string Run()
        {
            var start = new ProcessStartInfo("unshare")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "--user", "--map-root-user", "--net" }.Concat(SelfCommand()).Append(InNamespaceCommand))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("unshare did not start.");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The port-scale run in the namespace failed ({process.ExitCode}): {errors.Result}{output}");
            }

            return output;
        }

        /// <summary>The part that runs inside the namespace: prints the table on standard output.</summary>
        public static int RunInNamespace()
        {
            Run("ip", "link", "set", "lo", "up");
            File.WriteAllText(PortRangeFile, string.Create(CultureInfo.InvariantCulture, $"{LowPort} {HighPort}"));
            var range = string.Join(' ', File.ReadAllText(PortRangeFile).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var ports = HighPort - LowPort + 1;

            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Any, ServerPort));
            listener.Listen(4096);
            var accepted = new List<Socket>();
            var acceptor = new Thread(() => AcceptAll(listener, accepted)) { IsBackground = true };
            acceptor.Start();

            var text = new StringBuilder();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"ip_local_port_range \"{range}\": P = {ports} ports; bound sockets use source address {SourceAddress}, unbound ones the kernel's choice; destinations 127.0.1.1 ... 127.0.1.D, port {ServerPort}; connections opened round-robin until the first failure. Kernel {Environment.OSVersion.Version}, PortDeferral.IsSupported = {BindNoPort.PortDeferral.IsSupported}."));
            text.AppendLine();
            text.AppendLine("| Destinations D | P x D | No bind | Bind then connect | BindForConnect then connect |");
            text.AppendLine("|---:|---:|---|---|---|");
            foreach (var destinations in DestinationCounts)
            {
                var cells = Enum.GetValues<Mode>().Select(mode => OpenUntilFailure(mode, destinations, ports, accepted)).ToList();
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {destinations} | {ports * destinations} | {string.Join(" | ", cells)} |"));
            }

            Console.Write(text.ToString());
            return 0;
        }

        private static string OpenUntilFailure(Mode mode, int destinations, int ports, List<Socket> accepted)
        {
            var clients = new List<Socket>();
            var failure = "none";
            // More than P x D cannot succeed: the 4-tuples run out. The bound stops a kernel that allowed more.
            var limit = ports * destinations + ports;
            for (var index = 0; index < limit; index++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    var localEndPoint = new IPEndPoint(SourceAddress, 0);
                    if (mode == Mode.BindThenConnect)
                    {
                        socket.Bind(localEndPoint);
                    }
                    else if (mode == Mode.BindForConnect)
                    {
                        BindNoPort.PortDeferral.BindForConnect(socket, localEndPoint);
                    }

                    socket.Connect(new IPEndPoint(IPAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"127.0.1.{1 + (index % destinations)}")), ServerPort));
                    clients.Add(socket);
                }
                catch (SocketException exception)
                {
                    failure = exception.SocketErrorCode.ToString();
                    socket.Dispose();
                    break;
                }
            }

            WaitUntilAccepted(accepted, clients.Count);
            foreach (var socket in clients)
            {
                Reset(socket);
            }

            lock (accepted)
            {
                accepted.ForEach(Reset);
                accepted.Clear();
            }

            return string.Create(CultureInfo.InvariantCulture, $"{clients.Count} ({failure})");
        }

        private static void WaitUntilAccepted(List<Socket> accepted, int count)
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                lock (accepted)
                {
                    if (accepted.Count >= count)
                    {
                        return;
                    }
                }

                Thread.Sleep(10);
            }

            throw new InvalidOperationException($"The server accepted fewer than the {count} connections the clients opened.");
        }

        private static void AcceptAll(Socket listener, List<Socket> accepted)
        {
            while (true)
            {
                var socket = listener.Accept();
                lock (accepted)
                {
                    accepted.Add(socket);
                }
            }
        }

        private static void Reset(Socket socket)
        {
            socket.LingerState = ResetOnClose;
            socket.Dispose();
        }

        private static IEnumerable<string> SelfCommand()
        {
            var host = Environment.ProcessPath ?? throw new InvalidOperationException("No process path to re-execute.");
            return Path.GetFileNameWithoutExtension(host) == "dotnet"
                ? new[] { host, typeof(PortScaleExperiment).Assembly.Location }
                : new[] { host };
        }

        private static void Run(string command, params string[] arguments)
        {
            var start = new ProcessStartInfo(command);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}.");
            }
        }
    }
}
