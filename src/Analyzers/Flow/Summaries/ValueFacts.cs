namespace BindNoPort.Analyzers.Flow
{
    /// <summary>What a value given to a member socket is: the kind of socket, and whether the option comes with it.</summary>
    internal sealed class ValueFacts
    {
        public static readonly ValueFacts Unknown = new ValueFacts(SocketKind.Unknown, deferred: false);

        public ValueFacts(SocketKind kind, bool deferred)
        {
            Kind = kind;
            Deferred = deferred;
        }

        public SocketKind Kind { get; }

        /// <summary>May: the option was set on the value before the member got it.</summary>
        public bool Deferred { get; }

        /// <summary>Either value may be the one given; null stands for no value (null, default).</summary>
        public static ValueFacts? Join(ValueFacts? left, ValueFacts? right) =>
            left is null ? right
            : right is null ? left
            : new ValueFacts(left.Kind == right.Kind ? left.Kind : SocketKind.Unknown, left.Deferred || right.Deferred);
    }
}
