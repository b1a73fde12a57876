using System.Collections.Immutable;

namespace BindNoPort.Audit.GlobalConfig
{
    /// <summary>What one library's public methods do to a socket, as documentation-comment IDs.</summary>
    internal sealed record LibraryMethods(ImmutableArray<string> Binding, ImmutableArray<string> Connecting, ImmutableArray<string> BoundFactories)
    {
        public static LibraryMethods None { get; } = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);
    }
}
