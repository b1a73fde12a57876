using System.Net.Sockets;
using Xunit;

namespace BindNoPort.Tests.Runtime;

/// <summary>A fact that needs a raw socket; reported as skipped, not passed, where CAP_NET_RAW is missing.</summary>
public sealed class RawSocketFactAttribute : FactAttribute
{
    public RawSocketFactAttribute()
    {
        if (!CanCreateRawSocket())
        {
            Skip = "Creating a raw socket needs CAP_NET_RAW.";
        }
    }

    internal static Socket CreateRawSocket() => new(AddressFamily.InterNetwork, SocketType.Raw, ProtocolType.Icmp);

    private static bool CanCreateRawSocket()
    {
        try
        {
            CreateRawSocket().Dispose();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
