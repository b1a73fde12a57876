using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Tmds.Linux;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>Names socket failures the way the kernel and the write-ups do: EADDRINUSE, EADDRNOTAVAIL ...</summary>
public static class SocketOutcome
{
    private static readonly Dictionary<int, string> LinuxErrnoNames = new()
    {
        [LibC.EPERM] = "EPERM",
        [LibC.EAGAIN] = "EAGAIN",
        [LibC.EACCES] = "EACCES",
        [LibC.EINVAL] = "EINVAL",
        [LibC.EMFILE] = "EMFILE",
        [LibC.ENOPROTOOPT] = "ENOPROTOOPT",
        [LibC.EOPNOTSUPP] = "EOPNOTSUPP",
        [LibC.EADDRINUSE] = "EADDRINUSE",
        [LibC.EADDRNOTAVAIL] = "EADDRNOTAVAIL",
        [LibC.ENETUNREACH] = "ENETUNREACH",
        [LibC.ENOBUFS] = "ENOBUFS",
        [LibC.ECONNRESET] = "ECONNRESET",
        [LibC.ETIMEDOUT] = "ETIMEDOUT",
        [LibC.ECONNREFUSED] = "ECONNREFUSED",
    };

    /// <summary>The errno behind a socket failure (the runtime keeps the platform code in NativeErrorCode on Unix).</summary>
    public static string ErrnoName(SocketException exception) =>
        LinuxErrnoNames.TryGetValue(exception.NativeErrorCode, out var name) ? name : $"errno {exception.NativeErrorCode} ({exception.SocketErrorCode})";

    /// <summary>Runs one socket call: null when it succeeded, else the errno name of its failure.</summary>
    public static string? Try(Action call)
    {
        try
        {
            call();
            return null;
        }
        catch (SocketException exception)
        {
            return ErrnoName(exception);
        }
    }

    /// <summary>
    /// A JSON record of a failed step: which call failed and with which errno. No SocketError: for the libc sockets it
    /// would only repeat the errno as a number.
    /// </summary>
    public static JsonObject Failure(string operation, SocketException exception) => new()
    {
        ["operation"] = operation,
        ["errno"] = ErrnoName(exception),
        ["message"] = exception.Message,
    };
}
