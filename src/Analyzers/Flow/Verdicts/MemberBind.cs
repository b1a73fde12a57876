namespace BindNoPort.Analyzers.Flow
{
    /// <summary>A bind of a socket held in a field or property, which another member may connect.</summary>
    internal sealed class MemberBind
    {
        public MemberBind(SocketKey key, BindFact bind)
        {
            Key = key;
            Bind = bind;
        }

        public SocketKey Key { get; }

        public BindFact Bind { get; }
    }
}
