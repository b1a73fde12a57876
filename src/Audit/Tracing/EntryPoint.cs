namespace BindNoPort.Audit.Tracing
{
    /// <summary>What kind of public member an entry point is.</summary>
    internal enum EntryKind
    {
        Property,
        Field,
        Parameter,
    }

    /// <summary>
    /// A public member (visible to a consumer, protected included) whose value reaches the bound endpoint;
    /// <see cref="Steps"/> counts the hops from the Bind argument.
    /// </summary>
    internal sealed record EntryPoint(EntryKind Kind, string Member, string? Parameter, int Steps)
    {
        public override string ToString() => Parameter is null ? Member : $"{Member}, parameter {Parameter}";
    }
}
