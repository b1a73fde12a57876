using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The local endpoint of a bind.</summary>
    internal sealed class EndPointFacts
    {
        public static readonly EndPointFacts Unknown = new EndPointFacts(LocalPort.Unknown, 0, isWildcard: false, text: null);

        public EndPointFacts(LocalPort port, int portValue, bool isWildcard, string? text, IParameterSymbol? fromParameter = null, string? portSource = null)
        {
            PortSource = portSource;
            Port = port;
            PortValue = portValue;
            IsWildcard = isWildcard;
            Text = text;
            FromParameter = fromParameter;
        }

        public LocalPort Port { get; }

        /// <summary>Whether the bind names its own port (K4: the option does not apply to it), a constant or one the code picked.</summary>
        public bool IsExplicitPort => Port is LocalPort.NonZero or LocalPort.Picked;

        /// <summary>The constant port when <see cref="Port"/> is NonZero.</summary>
        public int PortValue { get; }

        /// <summary>IPAddress.Any or IPAddress.IPv6Any.</summary>
        public bool IsWildcard { get; }

        /// <summary>The endpoint expression's source text.</summary>
        public string? Text { get; }

        /// <summary>Where a port not known comes from, as a message names it ("property 'Options.LocalPort'"); null when the code does not say.</summary>
        public string? PortSource { get; }

        /// <summary>The parameter the endpoint came from, in a helper: its caller's argument says what the port is.</summary>
        public IParameterSymbol? FromParameter { get; }
    }
}
