using System.Collections.Generic;

namespace BindNoPort.IntegrationTests.EndToEnd;

/// <summary>The client file the Roslyn host test analyses and fixes: one method per rule, each reported once.</summary>
internal static class RoslynHostClient
{
    public const string FileName = "Client.cs";

    /// <summary>The statement each rule reports, the line the host must report it on.</summary>
    public static readonly IReadOnlyDictionary<string, string> ReportedStatements = new Dictionary<string, string>
    {
        // A wildcard Bind to port 0, so BNP001 offers two fixes: the option first, or no Bind at all.
        ["BNP001"] = "socket.Bind(new IPEndPoint(IPAddress.Any, 0));",
        ["BNP002"] = "var client = new TcpClient(new IPEndPoint(source, 0));",
        ["BNP003"] = "socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);",
        ["BNP004"] = "socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));",
        ["BNP005"] = "socket.Bind(new IPEndPoint(source, 5000));",
        ["BNP006"] = "servicePoint.BindIPEndPointDelegate = (point, remote, retries) => new IPEndPoint(source, 0);",
    };

    public const string Source = """
        using System;
        using System.Net;
        using System.Net.Sockets;

        namespace Client;

        public static class Connections
        {
            public static Socket WildcardBindThenConnect(IPEndPoint destination)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Any, 0));
                socket.Connect(destination);
                return socket;
            }

            public static TcpClient BoundTcpClientThenConnect(IPAddress source, IPEndPoint destination)
            {
                var client = new TcpClient(new IPEndPoint(source, 0));
                client.Connect(destination);
                return client;
            }

            public static void DeferPort(Socket socket)
            {
                socket.SetSocketOption(SocketOptionLevel.IP, (SocketOptionName)24, true);
            }

            public static void BindDeferred(Socket socket, IPEndPoint local)
            {
                socket.Bind(local);
                socket.SetRawSocketOption(0, 24, BitConverter.GetBytes(1));
            }

            public static Socket FixedLocalPortThenConnect(IPAddress source, IPEndPoint destination)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(source, 5000));
                socket.Connect(destination);
                return socket;
            }

            public static void BindEveryRequest(ServicePoint servicePoint, IPAddress source)
            {
                servicePoint.BindIPEndPointDelegate = (point, remote, retries) => new IPEndPoint(source, 0);
            }
        }
        """;
}
