using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>
/// The rules as a user meets them while typing: a real language server, csharp-ls, loads a project
/// that references the packed BindNoPort.Analyzers and reports BNP001 in the open file, then
/// takes it back once the edit sets the option before Bind.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class LanguageServerTests(PackedFeed feed, ITestOutputHelper output)
{
    private const string SourceFile = "Egress.cs";

    private const string Bind = "socket.Bind(new IPEndPoint(source, 0));";

    private const string OptionBeforeBind = "socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));";

    // `using System;` is there for the BitConverter the edit brings in, so the edited file compiles.
    private const string Source = """
        using System;
        using System.Net;
        using System.Net.Sockets;

        namespace Consumer;

        public static class Egress
        {
            public static Socket Connect(IPAddress source, IPEndPoint destination)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(source, 0));
                socket.Connect(destination);
                return socket;
            }
        }
        """;

    /// <summary>
    /// Loading the project (a design-time build) and the first analysis: some 10 s on an idle machine,
    /// over 200 s seen beside the consumer builds of this run and other work on a shared 2-core one.
    /// </summary>
    private static readonly TimeSpan FirstDiagnosticsTimeout = TimeSpan.FromMinutes(8);

    private static readonly TimeSpan AfterEditTimeout = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan InitializeTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Csharp_ls_with_analyzers_enabled_reports_BNP001_on_the_Bind_line_and_clears_it_once_the_option_precedes_Bind()
    {
        var project = ConsumerProject.Create(feed, "language-server", withRuntime: false);
        string path = Path.Combine(project.Directory, SourceFile);
        File.WriteAllText(path, Source);
        // The server loads the project as it is on disk; the packages come from a restore, as in an editor.
        var restore = DotnetCli.RunAsync(project.Directory, feed.PackagesDirectory, "restore", ConsumerProject.ProjectFile, "-tl:off", "-v:minimal");
        string executable = await CSharpLanguageServer.InstallAsync(Path.Combine(feed.Root, "csharp-ls"), project.Directory);
        var restored = await restore;
        Assert.True(restored.ExitCode == 0, restored.ToString());

        using var server = CSharpLanguageServer.Start(executable, project.Directory, feed.PackagesDirectory, AnswerWithAnalyzersEnabled);
        var lsp = server.Connection;
        string uri = new Uri(path).AbsoluteUri;
        string folder = new Uri(project.Directory).AbsoluteUri;
        int bindLine = ConsumerSources.LineOf(Source, Bind) - 1;

        await lsp.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = folder,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = folder, ["name"] = "consumer" }),
            // No textDocument.diagnostic capability: the server then pushes publishDiagnostics for open files.
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject(), ["synchronization"] = new JsonObject() },
            },
        }, InitializeTimeout);
        await lsp.NotifyAsync("initialized", new JsonObject());
        await lsp.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = Source },
        });

        var reported = await WaitForDiagnosticsAsync(server, path, diagnostics => diagnostics.Any(IsBnp001), FirstDiagnosticsTimeout, $"textDocument/publishDiagnostics of {SourceFile} carrying BNP001");
        var reportedAt = lsp.Elapsed;
        output.WriteLine($"BNP001 published {reportedAt.TotalSeconds:0.0} s after the server started.");
        Assert.Contains(lsp.ServerRequests, request => request.StartsWith("workspace/configuration", StringComparison.Ordinal) && request.Contains("\"section\":\"csharp\"", StringComparison.Ordinal));
        var bnp001 = Assert.Single(reported, IsBnp001)!;
        Assert.Equal(bindLine, (int?)bnp001["range"]?["start"]?["line"]);
        Assert.Equal(2, (int?)bnp001["severity"]); // Warning
        Assert.EndsWith("/docs/rules/BNP001.md", (string?)bnp001["codeDescription"]?["href"], StringComparison.Ordinal);

        // What a user types: the option, on a line of its own before Bind.
        int indent = Source.Split('\n')[bindLine].IndexOf(Bind, StringComparison.Ordinal);
        var position = new JsonObject { ["line"] = bindLine, ["character"] = indent };
        await lsp.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = position.DeepClone(), ["end"] = position.DeepClone() },
                ["text"] = OptionBeforeBind + "\n" + new string(' ', indent),
            }),
        });

        var cleared = await WaitForDiagnosticsAsync(server, path, diagnostics => !diagnostics.Any(IsBnp001), AfterEditTimeout, $"textDocument/publishDiagnostics of {SourceFile} without BNP001 after the edit");
        output.WriteLine($"BNP001 cleared {(lsp.Elapsed - reportedAt).TotalSeconds:0.0} s after the edit.");
        Assert.DoesNotContain(cleared, diagnostic => (string?)diagnostic?["code"] is { } code && code.StartsWith("BNP", StringComparison.Ordinal));
        Assert.DoesNotContain(cleared, diagnostic => (int?)diagnostic?["severity"] == 1); // the edited file compiles
    }

    private static bool IsBnp001(JsonNode? diagnostic) => (string?)diagnostic?["code"] == "BNP001";

    /// <summary>csharp-ls 0.28.0 reads its settings only by asking for the "csharp" section; it ignores initializationOptions.</summary>
    private static JsonNode? AnswerWithAnalyzersEnabled(string method, JsonNode? parameters) => method switch
    {
        "workspace/configuration" => new JsonArray(parameters?["items"]?.AsArray()
            .Select(item => (string?)item?["section"] == "csharp" ? new JsonObject { ["analyzersEnabled"] = true } : null)
            .ToArray() ?? []),
        // client/registerCapability, window/workDoneProgress/create: accepted, with nothing to say.
        _ => null,
    };

    private static async Task<JsonArray> WaitForDiagnosticsAsync(CSharpLanguageServer server, string path, Func<JsonArray, bool> matches, TimeSpan timeout, string awaited)
    {
        try
        {
            var published = await server.Connection.WaitForNotificationAsync(
                "textDocument/publishDiagnostics",
                parameters => new Uri((string)parameters["uri"]!).LocalPath == path && matches(parameters["diagnostics"]!.AsArray()),
                timeout,
                awaited);
            return published["diagnostics"]!.AsArray();
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(WithServerLog(exception, server), exception);
        }
        catch (EndOfStreamException exception)
        {
            throw new EndOfStreamException(WithServerLog(exception, server), exception);
        }
    }

    private static string WithServerLog(Exception exception, CSharpLanguageServer server) =>
        $"{exception.Message}{Environment.NewLine}csharp-ls's last log lines:{Environment.NewLine}{server.StandardErrorTail}";
}
