using System.Linq;
using Microsoft.CodeAnalysis;

namespace BindNoPort.CodeFixes
{
    /// <summary>What the compilation being fixed can call: the runtime helpers, SetRawSocketOption, a platform check.</summary>
    internal sealed class FixCapabilities
    {
        public FixCapabilities(Compilation compilation)
        {
            HasBindForConnect = HasMember(compilation, "BindNoPort.PortDeferral", "BindForConnect");
            HasBoundTcpClient = HasMember(compilation, "BindNoPort.BoundTcpClient", "Create");
            HasSetRawSocketOption = HasMember(compilation, "System.Net.Sockets.Socket", "SetRawSocketOption");
            if (HasMember(compilation, "System.OperatingSystem", "IsLinux"))
            {
                PlatformCheck = PlatformCheck.OperatingSystem;
            }
            else if (HasMember(compilation, "System.Runtime.InteropServices.RuntimeInformation", "IsOSPlatform"))
            {
                PlatformCheck = PlatformCheck.RuntimeInformation;
            }
        }

        /// <summary>BindNoPort.Runtime is referenced: <c>socket.BindForConnect(endPoint)</c> replaces Bind.</summary>
        public bool HasBindForConnect { get; }

        /// <summary>BindNoPort.Runtime is referenced: <c>BoundTcpClient.Create(endPoint)</c> replaces <c>new TcpClient(endPoint)</c>.</summary>
        public bool HasBoundTcpClient { get; }

        /// <summary>Socket.SetRawSocketOption exists (.NET 5 and later), the only call that sets option 24 (KERNEL-FACTS N2).</summary>
        public bool HasSetRawSocketOption { get; }

        public PlatformCheck PlatformCheck { get; }

        /// <summary>The option can be written inline: SetRawSocketOption and a Linux check both exist.</summary>
        public bool CanSetOptionInline => HasSetRawSocketOption && PlatformCheck != PlatformCheck.None;

        private static bool HasMember(Compilation compilation, string typeName, string memberName)
        {
            return compilation.GetTypeByMetadataName(typeName) is { } type && type.GetMembers(memberName).Any();
        }
    }

    /// <summary>How the fixed code asks which OS it runs on.</summary>
    internal enum PlatformCheck
    {
        /// <summary>Neither check exists: no inline fix is offered.</summary>
        None,

        /// <summary><c>OperatingSystem.IsLinux()</c> (.NET 5 and later).</summary>
        OperatingSystem,

        /// <summary><c>RuntimeInformation.IsOSPlatform(OSPlatform.Linux)</c>.</summary>
        RuntimeInformation,
    }
}
