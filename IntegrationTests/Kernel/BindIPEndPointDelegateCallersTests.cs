using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.IntegrationTests.Harness;
using Xunit;

#pragma warning disable SYSLIB0014 // WebRequest, HttpWebRequest and FtpWebRequest are obsolete; they are the APIs under test.

namespace BindNoPort.IntegrationTests.Kernel;

/// <summary>
/// Which clients of .NET call ServicePoint.BindIPEndPointDelegate, and so which BNP006 covers: each
/// client gets a delegate that counts its calls and returns (127.0.0.5, 0), and makes one request
/// to a server that notes the source address, answers once (an HTTP 200, or SMTP's and FTP's 421
/// "closing" greeting) and hangs up. Only HttpWebRequest asks the delegate and connects from
/// 127.0.0.5, and only when the request's ServicePoint property was read (a delegate set through
/// ServicePointManager.FindServicePoint reaches the requests that read it); SmtpClient and
/// FtpWebRequest connect from 127.0.0.1 without asking.
/// </summary>
public sealed class BindIPEndPointDelegateCallersTests
{
    private static readonly IPAddress DelegateAddress = IPAddress.Parse("127.0.0.5");
    private static readonly IPEndPoint Server = new(IPAddress.Parse("127.9.9.1"), 2525);

    [NamespaceTheory]
    [InlineData("HttpWebRequest", 1, "127.0.0.5")]
    [InlineData("HttpWebRequest-FindServicePoint", 0, "127.0.0.1")]
    [InlineData("HttpWebRequest-FindServicePoint-then-request.ServicePoint", 1, "127.0.0.5")]
    [InlineData("SmtpClient", 0, "127.0.0.1")]
    [InlineData("FtpWebRequest", 0, "127.0.0.1")]
    public async Task N8_OnlyHttpWebRequestsWhoseServicePointWasReadCallTheDelegate(string client, int delegateCalls, string sourceAddress)
    {
        var result = await NamespaceRunner.RunScenarioAsync(ConnectOnce, new NamespaceSetup(), client);

        Assert.Equal(delegateCalls, result.Int("delegateCalls"));
        Assert.Equal(1, result.Int("connections"));
        Assert.Equal([sourceAddress], result.Texts("sourceAddresses"));
    }

    /// <summary>Argument: the client that makes one request to <see cref="Server"/>; SMTP's and FTP's fail on the 421, as they should.</summary>
    internal static async Task<JsonObject> ConnectOnce(ScenarioContext context)
    {
        var client = context.Arguments[0];
        var sources = new ConcurrentQueue<IPAddress>();
        using var listener = LoopbackListener.Listen(Server);
        var http = client.StartsWith("HttpWebRequest", StringComparison.Ordinal);
        var accepting = AnswerOnceAndHangUpAsync(listener, http, sources);

        var calls = 0;
        BindIPEndPoint countingDelegate = (servicePoint, remoteEndPoint, retryCount) =>
        {
            Interlocked.Increment(ref calls);
            return new IPEndPoint(DelegateAddress, 0);
        };
        try
        {
            await RequestAsync(client, countingDelegate);
        }
        catch (Exception exception) when (!http && exception is WebException or SmtpException)
        {
            // 421: the server is closing; what matters is where the connection came from.
        }

        listener.Dispose(); // ends the accept loop
        await accepting;
        return new JsonObject
        {
            ["delegateCalls"] = calls,
            ["connections"] = sources.Count,
            ["sourceAddresses"] = new JsonArray([.. sources.Select(address => address.ToString()).Distinct().Select(address => (JsonNode)address!)]),
        };
    }

    private static async Task RequestAsync(string client, BindIPEndPoint bindDelegate)
    {
        switch (client)
        {
            case "HttpWebRequest":
                var http = WebRequest.CreateHttp($"http://{Server}/");
                http.Proxy = null;
                http.ServicePoint.BindIPEndPointDelegate = bindDelegate;
                using (await http.GetResponseAsync())
                {
                }

                break;
            case "HttpWebRequest-FindServicePoint":
            case "HttpWebRequest-FindServicePoint-then-request.ServicePoint":
                ServicePointManager.FindServicePoint(new Uri($"http://{Server}/")).BindIPEndPointDelegate = bindDelegate;
                var found = WebRequest.CreateHttp($"http://{Server}/");
                found.Proxy = null;
                if (client.EndsWith("request.ServicePoint", StringComparison.Ordinal))
                {
                    // Any read does, such as setting one of its other properties: the request then takes the same ServicePoint from the table.
                    found.ServicePoint.Expect100Continue = false;
                }

                using (await found.GetResponseAsync())
                {
                }

                break;
            case "SmtpClient":
                using (var smtp = new SmtpClient(Server.Address.ToString(), Server.Port) { Timeout = 10_000 })
                {
                    smtp.ServicePoint.BindIPEndPointDelegate = bindDelegate;
                    await smtp.SendMailAsync("from@example.org", "to@example.org", "subject", "body");
                }

                break;
            case "FtpWebRequest":
                var ftp = (FtpWebRequest)WebRequest.Create($"ftp://{Server}/file");
                ftp.Timeout = 10_000;
                ftp.ServicePoint.BindIPEndPointDelegate = bindDelegate;
                using (await ftp.GetResponseAsync())
                {
                }

                break;
            default:
                throw new ArgumentException($"Unknown client {client}.");
        }
    }

    private static async Task AnswerOnceAndHangUpAsync(Socket listener, bool http, ConcurrentQueue<IPAddress> sources)
    {
        try
        {
            while (true)
            {
                using var connection = await listener.AcceptAsync();
                sources.Enqueue(((IPEndPoint)connection.RemoteEndPoint!).Address);
                using var stream = new NetworkStream(connection);
                if (http)
                {
                    // The client speaks first: read its request headers, so the close does not reset an unread request.
                    using var reader = new StreamReader(stream, leaveOpen: true);
                    while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
                    {
                    }
                }

                await stream.WriteAsync(Encoding.ASCII.GetBytes(http
                    ? "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                    : "421 closing\r\n"));
            }
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException or IOException)
        {
            // The scenario closed the listener.
        }
    }
}
