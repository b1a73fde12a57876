namespace BindNoPort.Analyzers.Flow
{
    /// <summary>The root of the key that stands for a method's return value, so a returned socket is tracked like a variable.</summary>
    internal sealed class ReturnSlot
    {
        public static readonly ReturnSlot Instance = new ReturnSlot();

        public static readonly SocketKey Key = SocketKey.Of(Instance);

        private ReturnSlot()
        {
        }
    }
}
