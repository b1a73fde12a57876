using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace BindNoPort.Tests.Runtime;

public sealed class HttpEgressTests
{
    [Fact]
    public async Task Request_leaves_from_the_chosen_local_address()
    {
        await using RemoteEndPointEchoServer server = new(IPAddress.Loopback);
        using HttpClient client = new(new SocketsHttpHandler().UseLocalAddress(IPAddress.Parse("127.0.0.2")));

        IPEndPoint seen = IPEndPoint.Parse(await client.GetStringAsync($"http://127.0.0.1:{server.Port}/"));

        Assert.Equal(IPAddress.Parse("127.0.0.2"), seen.Address);
        Assert.NotEqual(0, seen.Port);
    }

    [Fact]
    public async Task Host_name_is_resolved_and_connected_from_the_chosen_address()
    {
        await using RemoteEndPointEchoServer server = new(IPAddress.Loopback);
        using HttpClient client = new(new SocketsHttpHandler().UseLocalAddress(IPAddress.Parse("127.0.0.6")));

        IPEndPoint seen = IPEndPoint.Parse(await client.GetStringAsync($"http://localhost:{server.Port}/"));

        Assert.Equal(IPAddress.Parse("127.0.0.6"), seen.Address);
    }

    [Fact]
    public async Task IPv6_literal_host_is_reached_from_an_IPv6_address()
    {
        await using RemoteEndPointEchoServer server = new(IPAddress.IPv6Loopback);
        using HttpClient client = new(new SocketsHttpHandler().UseLocalAddress(IPAddress.IPv6Loopback));

        IPEndPoint seen = IPEndPoint.Parse(await client.GetStringAsync($"http://[::1]:{server.Port}/"));

        Assert.Equal(IPAddress.IPv6Loopback, seen.Address);
    }

    [Fact]
    public async Task IPv4_mapped_local_address_connects_as_IPv4()
    {
        await using RemoteEndPointEchoServer server = new(IPAddress.Loopback);
        IPAddress mapped = IPAddress.Parse("127.0.0.7").MapToIPv6();
        using HttpClient client = new(new SocketsHttpHandler().UseLocalAddress(mapped));

        IPEndPoint seen = IPEndPoint.Parse(await client.GetStringAsync($"http://127.0.0.1:{server.Port}/"));

        Assert.Equal(IPAddress.Parse("127.0.0.7"), seen.Address);
    }

    [Fact]
    public async Task Destination_without_an_address_of_the_local_family_fails_saying_so()
    {
        await using RemoteEndPointEchoServer server = new(IPAddress.Loopback);
        using HttpClient client = new(new SocketsHttpHandler().UseLocalAddress(IPAddress.IPv6Loopback));

        HttpRequestException error = await Assert.ThrowsAsync<HttpRequestException>(
            () => client.GetStringAsync($"http://127.0.0.1:{server.Port}/"));

        Assert.Contains("'127.0.0.1' has no IPv6 address", error.Message);
    }

    [Fact]
    public void UseLocalAddress_sets_the_callback_and_returns_the_same_handler()
    {
        using SocketsHttpHandler handler = new();

        Assert.Same(handler, handler.UseLocalAddress(IPAddress.Loopback));
        Assert.NotNull(handler.ConnectCallback);
    }

    [Fact]
    public void UseLocalAddress_refuses_to_replace_an_existing_callback()
    {
        Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> existing = (_, _) => ValueTask.FromResult(Stream.Null);
        using SocketsHttpHandler handler = new() { ConnectCallback = existing };

        Assert.Throws<InvalidOperationException>(() => handler.UseLocalAddress(IPAddress.Loopback));

        Assert.Same(existing, handler.ConnectCallback);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        using SocketsHttpHandler handler = new();

        Assert.Equal("handler", Assert.Throws<ArgumentNullException>(() => HttpEgress.UseLocalAddress(null!, IPAddress.Loopback)).ParamName);
        Assert.Equal("localAddress", Assert.Throws<ArgumentNullException>(() => handler.UseLocalAddress(null!)).ParamName);
        Assert.Equal("localAddress", Assert.Throws<ArgumentNullException>(() => HttpEgress.ConnectCallback(null!)).ParamName);
    }
}
