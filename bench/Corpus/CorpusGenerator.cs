using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace BindNoPort.Bench.Corpus
{
    /// <summary>
    /// Writes a deterministic C# code base of ordinary application code (services, DTOs, LINQ, async,
    /// string handling) in which a fixed share of the methods are socket code: bind-before-connect in
    /// its several shapes, the fixed shape, servers and UDP.
    /// </summary>
    public static class CorpusGenerator
    {
        private const int MethodsPerFile = 24;

        private static readonly string[] Entities =
        {
            "Order", "Customer", "Invoice", "Product", "Shipment", "Payment", "Account", "Ticket",
            "Booking", "Device", "Sensor", "Tenant", "Report", "Session", "Contract", "Warehouse",
        };

        private static readonly string[] Areas =
        {
            "Billing", "Catalog", "Fulfilment", "Identity", "Telemetry", "Scheduling", "Gateway", "Ledger",
        };

        private static readonly string[] Separators = { ",", ";", "|", "\\t" };

        private static readonly Func<Random, string, int, string>[] OrdinaryMethods =
        {
            Summarize, Refresh, Format, Parse, ReadLines, Upsert, Total, Retry, Join, Score, CountWords, Checksum,
        };

        private static readonly Func<Random, string, int, string>[] SocketMethods =
        {
            BindThenConnect, BindThenConnectAsync, TcpClientWithLocalEndPoint, TcpClientClientBind,
            OptionSetTheWrongWay, OptionSetAfterBind, ExplicitLocalPort, DeferredBind, SocketServer,
            TcpListenerServer, UdpBindThenConnect, PlainConnect,
        };

        /// <summary>Generates the corpus the specification describes; the same specification always yields the same text.</summary>
        public static GeneratedCorpus Generate(CorpusSpec spec)
        {
            var random = new Random(spec.Seed);
            var files = new List<GeneratedFile>();
            var lines = 0;
            var methods = 0;
            var socketMethods = 0;
            var shapes = new SortedDictionary<string, int>(StringComparer.Ordinal);
            for (var fileIndex = 0; lines < spec.TargetLines; fileIndex++)
            {
                var entity = Entities[fileIndex % Entities.Length];
                var area = Areas[fileIndex / Entities.Length % Areas.Length];
                var builder = new StringBuilder();
                WriteFileHeader(builder, area, fileIndex, entity);
                for (var slot = 0; slot < MethodsPerFile; slot++)
                {
                    var isSocket = random.NextDouble() < spec.SocketMethodShare;
                    var templates = isSocket ? SocketMethods : OrdinaryMethods;
                    var template = templates[random.Next(templates.Length)];
                    builder.Append(template(random, entity, slot));
                    builder.AppendLine();
                    methods++;
                    if (isSocket)
                    {
                        socketMethods++;
                        shapes[template.Method.Name] = shapes.GetValueOrDefault(template.Method.Name) + 1;
                    }
                }

                builder.AppendLine("    }");
                builder.AppendLine("}");
                var text = builder.ToString();
                lines += CountLines(text);
                files.Add(new GeneratedFile($"{area}/{entity}Service{fileIndex}.cs", text));
            }

            return new GeneratedCorpus(spec, files, lines, methods, socketMethods, shapes);
        }

        private static void WriteFileHeader(StringBuilder builder, string area, int fileIndex, string entity)
        {
            builder.Append(CultureInfo.InvariantCulture, $$"""
                using System;
                using System.Collections.Generic;
                using System.Globalization;
                using System.IO;
                using System.Linq;
                using System.Net;
                using System.Net.Sockets;
                using System.Text;
                using System.Threading;
                using System.Threading.Tasks;

                namespace Corpus.{{area}}.Module{{fileIndex}}
                {
                    public sealed class {{entity}}Dto
                    {
                        public int Id { get; set; }

                        public string Name { get; set; } = string.Empty;

                        public decimal Amount { get; set; }

                        public DateTime CreatedAt { get; set; }

                        public List<string> Tags { get; set; } = new List<string>();
                    }

                    public sealed record {{entity}}Summary(int Id, string Name, decimal Total);

                    public sealed class {{entity}}Service
                    {
                        private readonly List<{{entity}}Dto> _items = new List<{{entity}}Dto>();
                        private readonly Dictionary<int, {{entity}}Dto> _byId = new Dictionary<int, {{entity}}Dto>();


                """);
        }

        private static int CountLines(string text)
        {
            var count = 0;
            foreach (var character in text)
            {
                if (character == '\n')
                {
                    count++;
                }
            }

            return count;
        }

        private static string Summarize(Random random, string entity, int index) => $$"""
                    public IReadOnlyList<{{entity}}Summary> Summarize{{index}}(decimal threshold)
                    {
                        return _items
                            .Where(x => x.Amount > threshold && !string.IsNullOrEmpty(x.Name))
                            .GroupBy(x => x.Name)
                            .Select(g => new {{entity}}Summary(g.First().Id, g.Key, g.Sum(x => x.Amount)))
                            .OrderByDescending(s => s.Total)
                            .Take({{random.Next(5, 50)}})
                            .ToList();
                    }

            """;

        // Half of these forget to pass the token to Task.Delay: work for CA2016.
        private static string Refresh(Random random, string entity, int index) => $$"""
                    public async Task<int> Refresh{{index}}Async(CancellationToken cancellationToken)
                    {
                        var count = 0;
                        foreach (var item in _items)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            await Task.Delay({{random.Next(1, 100)}}{{(random.Next(2) == 0 ? ", cancellationToken" : string.Empty)}}).ConfigureAwait(false);
                            item.CreatedAt = DateTime.UtcNow;
                            count++;
                        }

                        return count;
                    }

            """;

        private static string Format(Random random, string entity, int index) => $$"""
                    public string Format{{index}}({{entity}}Dto item)
                    {
                        var builder = new StringBuilder();
                        builder.Append(item.Id.ToString(CultureInfo.InvariantCulture));
                        builder.Append(';').Append(item.Name.Trim().ToUpperInvariant());
                        foreach (var tag in item.Tags.Where(t => t.Length > {{random.Next(1, 8)}}))
                        {
                            builder.Append('|').Append(tag.Replace(" ", "_", StringComparison.Ordinal));
                        }

                        return $"{builder} ({item.Amount:F2})";
                    }

            """;

        private static string Parse(Random random, string entity, int index) => $$"""
                    public {{entity}}Dto? Parse{{index}}(string line)
                    {
                        var parts = line.Split('{{Separators[random.Next(Separators.Length)]}}', StringSplitOptions.TrimEntries);
                        if (parts.Length < 3 || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                        {
                            return null;
                        }

                        return new {{entity}}Dto
                        {
                            Id = id,
                            Name = parts[1],
                            Amount = decimal.Parse(parts[2], CultureInfo.InvariantCulture),
                            Tags = parts.Skip(3).ToList(),
                        };
                    }

            """;

        // One in three leaves the reader undisposed: work for CA2000.
        private static string ReadLines(Random random, string entity, int index) => random.Next(3) == 0
            ? $$"""
                    public int CountNonEmpty{{index}}(string text)
                    {
                        var reader = new StringReader(text);
                        var count = 0;
                        string? line;
                        while ((line = reader.ReadLine()) is not null)
                        {
                            if (line.Length > {{random.Next(0, 4)}})
                            {
                                count++;
                            }
                        }

                        return count;
                    }

            """
            : $$"""
                    public async Task<List<string>> ReadLines{{index}}Async(string path, CancellationToken cancellationToken)
                    {
                        var lines = new List<string>();
                        using var reader = new StreamReader(path);
                        string? line;
                        while ((line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is not null)
                        {
                            if (line.StartsWith("{{"#;/"[random.Next(3)]}}", StringComparison.Ordinal))
                            {
                                continue;
                            }

                            lines.Add(line);
                        }

                        return lines;
                    }

            """;

        private static string Upsert(Random random, string entity, int index) => $$"""
                    public bool Upsert{{index}}({{entity}}Dto item)
                    {
                        ArgumentNullException.ThrowIfNull(item);
                        var category = item.Amount switch
                        {
                            < 0 => "refund",
                            0 => "empty",
                            < {{random.Next(100, 5000)}} => "small",
                            _ => "large",
                        };
                        item.Tags.Add(category);
                        if (_byId.TryGetValue(item.Id, out var existing))
                        {
                            existing.Amount += item.Amount;
                            existing.Tags.AddRange(item.Tags.Except(existing.Tags).ToList());
                            return false;
                        }

                        _byId[item.Id] = item;
                        _items.Add(item);
                        return true;
                    }

            """;

        private static string Total(Random random, string entity, int index) => $$"""
                    public async Task<decimal> Total{{index}}Async(IEnumerable<int> ids, CancellationToken cancellationToken)
                    {
                        var tasks = ids.Distinct().Select(id => Load{{index}}Async(id, cancellationToken)).ToArray();
                        var loaded = await Task.WhenAll(tasks).ConfigureAwait(false);
                        return loaded.Where(x => x is not null).Sum(x => x!.Amount) * {{random.Next(1, 4)}};
                    }

                    private async Task<{{entity}}Dto?> Load{{index}}Async(int id, CancellationToken cancellationToken)
                    {
                        await Task.Yield();
                        cancellationToken.ThrowIfCancellationRequested();
                        return _byId.TryGetValue(id, out var item) ? item : null;
                    }

            """;

        private static string Retry(Random random, string entity, int index) => $$"""
                    public static async Task<bool> Retry{{index}}Async(Func<CancellationToken, Task> action, CancellationToken cancellationToken)
                    {
                        const int attempts = {{random.Next(2, 6)}};
                        for (var attempt = 0; attempt < attempts; attempt++)
                        {
                            try
                            {
                                await action(cancellationToken).ConfigureAwait(false);
                                return true;
                            }
                            catch (IOException) when (attempt < attempts - 1)
                            {
                                await Task.Delay(TimeSpan.FromMilliseconds(50 * (attempt + 1)), cancellationToken).ConfigureAwait(false);
                            }
                        }

                        return false;
                    }

            """;

        private static string Join(Random random, string entity, int index) => $$"""
                    public IEnumerable<string> Join{{index}}(IEnumerable<KeyValuePair<int, string>> labels)
                    {
                        return from item in _items
                               join label in labels on item.Id equals label.Key
                               where item.Amount >= {{random.Next(0, 1000)}}
                               orderby item.CreatedAt descending
                               select $"{item.Name}:{label.Value}";
                    }

            """;

        private static string Score(Random random, string entity, int index) => $$"""
                    public static int Score{{index}}(object? value)
                    {
                        return value switch
                        {
                            null => 0,
                            int n when n > {{random.Next(1, 100)}} => n * 2,
                            int n => n,
                            string s => Weigh(s),
                            IEnumerable<int> numbers => numbers.Sum(),
                            _ => -1,
                        };

                        static int Weigh(string s) => s.Count(char.IsLetterOrDigit);
                    }

            """;

        private static string CountWords(Random random, string entity, int index) => $$"""
                    public Dictionary<string, int> CountWords{{index}}(string text)
                    {
                        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                        foreach (var word in text.Split(new[] { ' ', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                        {
                            var key = word.Trim('.', ',', ';').ToLowerInvariant();
                            if (key.Length < {{random.Next(1, 4)}})
                            {
                                continue;
                            }

                            counts[key] = counts.TryGetValue(key, out var current) ? current + 1 : 1;
                        }

                        return counts;
                    }

            """;

        private static string Checksum(Random random, string entity, int index) => $$"""
                    public static uint Checksum{{index}}(ReadOnlySpan<byte> data)
                    {
                        uint hash = {{random.Next(1, 1 << 30)}}u;
                        for (var i = 0; i < data.Length; i++)
                        {
                            hash ^= data[i];
                            hash *= 16777619u;
                        }

                        return hash;
                    }

            """;

        // BNP001: a TCP socket bound to an ephemeral port, then connected.
        private static string BindThenConnect(Random random, string entity, int index) => $$"""
                    public static Socket Connect{{index}}(IPAddress localAddress, IPEndPoint remote)
                    {
                        var socket = new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                        socket.Bind(new IPEndPoint(localAddress, 0));
                        socket.Connect(remote);
                        return socket;
                    }

            """;

        // BNP001, asynchronous and through a local variable for the endpoint.
        private static string BindThenConnectAsync(Random random, string entity, int index) => $$"""
                    public static async Task<Socket> Connect{{index}}Async(IPAddress localAddress, string host, CancellationToken cancellationToken)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        var local = new IPEndPoint(localAddress, 0);
                        socket.Bind(local);
                        await socket.ConnectAsync(host, {{random.Next(1024, 65535)}}, cancellationToken).ConfigureAwait(false);
                        return socket;
                    }

            """;

        // BNP002: new TcpClient(IPEndPoint) binds in its constructor.
        private static string TcpClientWithLocalEndPoint(Random random, string entity, int index) => $$"""
                    public static TcpClient Open{{index}}(IPAddress localAddress, string host)
                    {
                        var client = new TcpClient(new IPEndPoint(localAddress, 0));
                        client.Connect(host, {{random.Next(1024, 65535)}});
                        return client;
                    }

            """;

        // BNP002 through TcpClient.Client.
        private static string TcpClientClientBind(Random random, string entity, int index) => $$"""
                    public static async Task<TcpClient> Open{{index}}Async(IPAddress localAddress, IPEndPoint remote)
                    {
                        var client = new TcpClient(AddressFamily.InterNetwork);
                        client.Client.Bind(new IPEndPoint(localAddress, 0));
                        await client.ConnectAsync(remote.Address, remote.Port).ConfigureAwait(false);
                        return client;
                    }

            """;

        // BNP003: SetSocketOption cannot set option 24 on Linux.
        private static string OptionSetTheWrongWay(Random random, string entity, int index) => $$"""
                    public static Socket Prepare{{index}}(IPAddress localAddress, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);
                        socket.Bind(new IPEndPoint(localAddress, 0));
                        socket.Connect(remote);
                        return socket;
                    }

            """;

        // BNP004: the option after Bind changes nothing.
        private static string OptionSetAfterBind(Random random, string entity, int index) => $$"""
                    public static Socket Late{{index}}(IPAddress localAddress, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.Bind(new IPEndPoint(localAddress, 0));
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.Connect(remote);
                        return socket;
                    }

            """;

        // BNP005: an explicit local port held for every destination.
        private static string ExplicitLocalPort(Random random, string entity, int index) => $$"""
                    public static Socket Fixed{{index}}(IPAddress localAddress, IPEndPoint remote)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.Bind(new IPEndPoint(localAddress, {{random.Next(20000, 30000)}}));
                        socket.Connect(remote);
                        return socket;
                    }

            """;

        // The fixed shape: no diagnostic expected.
        private static string DeferredBind(Random random, string entity, int index) => $$"""
                    public static async Task<Socket> Deferred{{index}}Async(IPAddress localAddress, IPEndPoint remote, CancellationToken cancellationToken)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
                        socket.Bind(new IPEndPoint(localAddress, 0));
                        await socket.ConnectAsync(remote, cancellationToken).ConfigureAwait(false);
                        return socket;
                    }

            """;

        // A server binds without connecting: no diagnostic expected.
        private static string SocketServer(Random random, string entity, int index) => $$"""
                    public static async Task Serve{{index}}Async(int port, CancellationToken cancellationToken)
                    {
                        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        listener.Bind(new IPEndPoint(IPAddress.Any, port));
                        listener.Listen({{random.Next(16, 512)}});
                        while (!cancellationToken.IsCancellationRequested)
                        {
                            using var connection = await listener.AcceptAsync(cancellationToken).ConfigureAwait(false);
                            var buffer = new byte[{{random.Next(1, 64) * 256}}];
                            var received = await connection.ReceiveAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                            await connection.SendAsync(buffer.AsMemory(0, received), SocketFlags.None, cancellationToken).ConfigureAwait(false);
                        }
                    }

            """;

        private static string TcpListenerServer(Random random, string entity, int index) => $$"""
                    public static async Task<int> Accept{{index}}Async(CancellationToken cancellationToken)
                    {
                        var listener = new TcpListener(IPAddress.Loopback, {{random.Next(1024, 65535)}});
                        listener.Start();
                        try
                        {
                            using var client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
                            return client.Available;
                        }
                        finally
                        {
                            listener.Stop();
                        }
                    }

            """;

        // UDP: the option cannot help, no diagnostic expected.
        private static string UdpBindThenConnect(Random random, string entity, int index) => $$"""
                    public static int Send{{index}}(IPAddress localAddress, IPEndPoint remote, byte[] payload)
                    {
                        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                        socket.Bind(new IPEndPoint(localAddress, 0));
                        socket.Connect(remote);
                        return socket.Send(payload);
                    }

            """;

        private static string PlainConnect(Random random, string entity, int index) => $$"""
                    public static async Task<NetworkStream> Dial{{index}}Async(string host, CancellationToken cancellationToken)
                    {
                        var client = new TcpClient();
                        await client.ConnectAsync(host, {{random.Next(1024, 65535)}}, cancellationToken).ConfigureAwait(false);
                        return client.GetStream();
                    }

            """;
    }
}
