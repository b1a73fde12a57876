using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace BindNoPort.Tests.Runtime;

public sealed class EphemeralPortRangeTests
{
    [Theory]
    [InlineData("32768\t60999\n", 32768, 60999, 28232)]
    [InlineData("40000 40099\n", 40000, 40099, 100)]
    [InlineData("  60000 \t 60000", 60000, 60000, 1)]
    [InlineData("1\t65535\r\n", 1, 65535, 65535)]
    public void Parses_tab_or_space_separated_bounds(string text, int low, int high, int count)
    {
        Assert.True(EphemeralPortRange.TryParse(text, out EphemeralPortRange range));
        Assert.Equal(low, range.Low);
        Assert.Equal(high, range.High);
        Assert.Equal(count, range.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("32768")]
    [InlineData("32768 60999 61000")]
    [InlineData("low high")]
    [InlineData("-1 100")]
    [InlineData("0 100")]
    [InlineData("100 65536")]
    [InlineData("60999 32768")]
    [InlineData("+100 200")]
    public void Rejects_anything_but_two_ordered_ports(string text)
    {
        Assert.False(EphemeralPortRange.TryParse(text, out EphemeralPortRange range));
        Assert.Equal(0, range.Low);
        Assert.Equal(0, range.High);
    }

    [Fact]
    public void Default_value_holds_no_ports()
    {
        Assert.Equal(0, default(EphemeralPortRange).Count);
    }

    [Fact]
    public void Reads_this_hosts_range_from_proc()
    {
        Match fields = Regex.Match(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range"), @"^(\d+)\s+(\d+)\s*$");
        Assert.True(fields.Success);

        Assert.True(EphemeralPortRange.TryReadHost(out EphemeralPortRange range));

        Assert.Equal(int.Parse(fields.Groups[1].Value), range.Low);
        Assert.Equal(int.Parse(fields.Groups[2].Value), range.High);
    }
}
