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
    }
}
