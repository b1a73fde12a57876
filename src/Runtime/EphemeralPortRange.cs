using System;
using System.Globalization;
using System.IO;

namespace BindNoPort;

/// <summary>
/// The host's ephemeral port range, <c>net.ipv4.ip_local_port_range</c>: the ports a
/// <c>connect()</c> or <c>bind(address, 0)</c> picks from, and so the cap on outbound connections when each bind
/// reserves its own port (K1, K2).
/// </summary>
public readonly struct EphemeralPortRange
{
    private const string HostRangePath = "/proc/sys/net/ipv4/ip_local_port_range";

    internal EphemeralPortRange(int low, int high)
    {
        Low = low;
        High = high;
    }

    /// <summary>The lowest ephemeral port.</summary>
    public int Low { get; }

    /// <summary>The highest ephemeral port.</summary>
    public int High { get; }

    /// <summary>How many ports the range holds, <see cref="High"/> - <see cref="Low"/> + 1; 0 for the default value, which holds none.</summary>
    public int Count => Low == 0 ? 0 : High - Low + 1;

    /// <summary>Reads the range of this process's network namespace from /proc on Linux.</summary>
    /// <param name="range">The range read, or the default value when none could be read.</param>
    /// <returns>False off Linux, or when the file is missing, unreadable or malformed.</returns>
    public static bool TryReadHost(out EphemeralPortRange range)
    {
        range = default;
        if (SocketPlatforms.Host != SocketPlatform.Linux)
        {
            return false;
        }

        string text;
        try
        {
            text = File.ReadAllText(HostRangePath);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return TryParse(text, out range);
    }

    /// <summary>
    /// Whether IP_LOCAL_PORT_RANGE (<paramref name="lowPort"/>, <paramref name="highPort"/>) narrows this range. The
    /// kernel takes each bound only when it lies inside this range and ignores the other (K11), so a range outside it,
    /// or one that contains it whole, leaves the socket's port to this range.
    /// </summary>
    internal bool IsNarrowedBy(int lowPort, int highPort) =>
        (lowPort > Low && lowPort <= High) || (highPort >= Low && highPort < High);

    /// <summary>Parses the file's content: two ports separated by tabs or spaces, low first, then a newline.</summary>
    internal static bool TryParse(string text, out EphemeralPortRange range)
    {
        range = default;
        string[] fields = text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 2
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out int low)
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out int high)
            || low < 1
            || high > 65535
            || low > high)
        {
            return false;
        }

        range = new EphemeralPortRange(low, high);
        return true;
    }
}
