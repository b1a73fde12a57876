using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The client end of a language server's stdio: JSON-RPC 2.0 messages framed by Content-Length
/// headers, as the LSP base protocol has them. It sends requests and notifications, answers the
/// server's own requests through a callback, and lets a test wait, time-bound, for a notification.
/// </summary>
internal sealed class LspConnection
{
    private readonly Stream fromServer;
    private readonly Stream toServer;
    private readonly Func<string, JsonNode?, JsonNode?> answerServerRequest;
    private readonly Channel<JsonObject> notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pendingRequests = new();
    private readonly ConcurrentQueue<string> serverRequests = new();
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int lastRequestId;
    private string closedBy = "the server closed its output";

    public LspConnection(Stream fromServer, Stream toServer, Func<string, JsonNode?, JsonNode?> answerServerRequest)
    {
        this.fromServer = new BufferedStream(fromServer);
        this.toServer = toServer;
        this.answerServerRequest = answerServerRequest;
        _ = Task.Run(ReadUntilClosedAsync);
    }

    /// <summary>Time since the connection opened, for the timings a test reports.</summary>
    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>Each request the server sent, with its parameters, as answered.</summary>
    public IReadOnlyCollection<string> ServerRequests => serverRequests;

    public async Task<JsonNode?> RequestAsync(string method, JsonNode parameters, TimeSpan timeout)
    {
        int id = Interlocked.Increment(ref lastRequestId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pendingRequests[id] = response;
        await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }).ConfigureAwait(false);
        try
        {
            return await response.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No answer to '{method}' within {timeout.TotalSeconds:0} s.");
        }
    }

    public Task NotifyAsync(string method, JsonNode parameters) =>
        WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>
    /// The next notification of <paramref name="method"/> whose params match, skipping any other
    /// that arrives first; on time-out or when the server goes away, the exception names
    /// <paramref name="awaited"/> and every notification that arrived meanwhile.
    /// </summary>
    public async Task<JsonNode> WaitForNotificationAsync(string method, Func<JsonNode, bool> matches, TimeSpan timeout, string awaited)
    {
        var arrived = new List<string>();
        using var deadline = new CancellationTokenSource(timeout);
        TimeSpan start = Elapsed;
        try
        {
            while (true)
            {
                var notification = await notifications.Reader.ReadAsync(deadline.Token).ConfigureAwait(false);
                arrived.Add(Summary(notification));
                if ((string?)notification["method"] == method && notification["params"] is { } parameters && matches(parameters))
                {
                    return parameters;
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s (from {start.TotalSeconds:0.0} s) for {awaited}. Arrived meanwhile:{Listing(arrived)}");
        }
        catch (ChannelClosedException)
        {
            throw new EndOfStreamException($"The connection closed ({closedBy}) at {Elapsed.TotalSeconds:0.0} s while awaiting {awaited}. Arrived meanwhile:{Listing(arrived)}");
        }
    }

    private static string Listing(List<string> arrived) =>
        arrived.Count == 0 ? " nothing." : string.Concat(arrived.Select(line => Environment.NewLine + "  " + line));

    private string Summary(JsonObject notification)
    {
        string time = $"{Elapsed.TotalSeconds,6:0.0} s";
        var parameters = notification["params"];
        return (string?)notification["method"] switch
        {
            "textDocument/publishDiagnostics" => $"{time} textDocument/publishDiagnostics {Path.GetFileName((string?)parameters?["uri"])}: [" +
                string.Join(", ", parameters?["diagnostics"]?.AsArray().Select(d => $"{d?["code"]} at line {(int?)d?["range"]?["start"]?["line"] + 1}") ?? []) + "]",
            "window/logMessage" or "window/showMessage" => $"{time} {notification["method"]}: {parameters?["message"]}",
            var other => $"{time} {other}: {Truncated(parameters?.ToJsonString())}",
        };
    }

    private static string Truncated(string? text) => text is null || text.Length <= 300 ? text ?? "" : text[..300] + "...";

    private async Task ReadUntilClosedAsync()
    {
        try
        {
            while (await ReadMessageAsync().ConfigureAwait(false) is { } message)
            {
                await DispatchAsync(message).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            // A broken stream or message ends the connection as the server's exit does; the waits report why.
            closedBy = $"{exception.GetType().Name}: {exception.Message}";
        }
        finally
        {
            notifications.Writer.TryComplete();
            foreach (var pending in pendingRequests.Values)
            {
                pending.TrySetException(new EndOfStreamException("The server closed its output before it answered."));
            }
        }
    }

    private async Task DispatchAsync(JsonObject message)
    {
        string? method = (string?)message["method"];
        if (method is not null && message["id"] is { } requestId)
        {
            serverRequests.Enqueue($"{method} {message["params"]?.ToJsonString()}");
            var result = answerServerRequest(method, message["params"]);
            await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = result }).ConfigureAwait(false);
        }
        else if (method is not null)
        {
            notifications.Writer.TryWrite(message);
        }
        else if (message["id"] is JsonValue id && id.TryGetValue(out int responseId) && pendingRequests.TryRemove(responseId, out var pending))
        {
            if (message["error"] is { } error)
            {
                pending.TrySetException(new InvalidOperationException($"The server answered request {responseId} with an error: {error.ToJsonString()}"));
            }
            else
            {
                pending.TrySetResult(message["result"]?.DeepClone());
            }
        }
    }

    /// <summary>One message, or null at the end of the stream.</summary>
    private async Task<JsonObject?> ReadMessageAsync()
    {
        int? contentLength = null;
        while (true)
        {
            string? header = await ReadHeaderLineAsync().ConfigureAwait(false);
            if (header is null)
            {
                return null;
            }

            if (header.Length == 0)
            {
                break;
            }

            int colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && header[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(header[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (contentLength is null)
        {
            throw new InvalidDataException("The server sent a message without a Content-Length header.");
        }

        var body = new byte[contentLength.Value];
        await fromServer.ReadExactlyAsync(body).ConfigureAwait(false);
        return JsonNode.Parse(body)!.AsObject();
    }

    private async Task<string?> ReadHeaderLineAsync()
    {
        var line = new List<byte>();
        var next = new byte[1];
        while (await fromServer.ReadAsync(next).ConfigureAwait(false) == 1)
        {
            if (next[0] == (byte)'\n')
            {
                return Encoding.ASCII.GetString(line.ToArray()).TrimEnd('\r');
            }

            line.Add(next[0]);
        }

        return line.Count == 0 ? null : throw new EndOfStreamException("The server's output ended inside a header.");
    }

    private async Task WriteAsync(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await writing.WaitAsync().ConfigureAwait(false);
        try
        {
            await toServer.WriteAsync(header).ConfigureAwait(false);
            await toServer.WriteAsync(body).ConfigureAwait(false);
            await toServer.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            writing.Release();
        }
    }
}
