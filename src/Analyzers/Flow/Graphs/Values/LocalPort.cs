namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What is known of the local port a socket is bound to.</summary>
    internal enum LocalPort
    {
        /// <summary>The constant 0: an ephemeral port.</summary>
        Zero,

        /// <summary>Not a constant: possibly 0.</summary>
        Unknown,

        /// <summary>A constant other than 0.</summary>
        NonZero,

        /// <summary>What a call returns (a free-port finder, a random pick): a port the code chose, taken as not 0.</summary>
        Picked,
    }
}
