using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using BindNoPort;

// Sets the option once with PortDeferral.DeferPortToConnect, then connects from one source address to the given
// destinations in turn, each socket bound through PortDeferral.BindForConnect of whichever BindNoPort.Runtime build
// was deployed next to this program, until the first failure. Arguments: <source address> <limit> <destination endpoint>...
var source = new IPEndPoint(IPAddress.Parse(args[0]), 0);
var limit = int.Parse(args[1]);
var destinations = args.Skip(2).Select(IPEndPoint.Parse).ToArray();

JsonNode? refusal = null;
using (var first = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
{
    try
    {
        first.DeferPortToConnect();
    }
    catch (SocketException exception)
    {
        refusal = new JsonObject { ["nativeErrorCode"] = exception.NativeErrorCode, ["message"] = exception.Message };
    }
}

var held = new List<Socket>();
var deferredEvery = true;
JsonNode? failure = null;
for (var i = 0; i < limit && failure is null; i++)
{
    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    var step = "bind";
    try
    {
        deferredEvery &= socket.BindForConnect(source);
        step = "connect";
        socket.Connect(destinations[i % destinations.Length]);
        held.Add(socket);
    }
    catch (SocketException exception)
    {
        socket.Dispose();
        failure = new JsonObject { ["operation"] = step, ["socketError"] = exception.SocketErrorCode.ToString() };
    }
}

var result = new JsonObject
{
    ["runtimeTarget"] = typeof(PortDeferral).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName,
    ["isSupported"] = PortDeferral.IsSupported,
    ["refusal"] = refusal,
    ["deferredEvery"] = deferredEvery,
    ["connections"] = held.Count,
    ["distinctLocalPorts"] = held.Select(socket => ((IPEndPoint)socket.LocalEndPoint!).Port).Distinct().Count(),
    ["failure"] = failure,
};
Console.WriteLine(result.ToJsonString());
