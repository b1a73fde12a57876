namespace BindNoPort.CodeFixes
{
    /// <summary>
    /// One key per kind of fix, shared by every diagnostic the fix applies to, so that Fix All and
    /// <c>dotnet format analyzers</c> apply it everywhere whatever shape the first diagnostic had.
    /// </summary>
    public static class EquivalenceKeys
    {
        /// <summary>Sets IP_BIND_ADDRESS_NO_PORT before the Bind (BindForConnect, BoundTcpClient.Create, or the option inline).</summary>
        public const string SetOptionBeforeBind = "BindNoPort.SetOptionBeforeBind";

        /// <summary>Removes a Bind to the wildcard address with port 0: Connect picks the same address and port by itself.</summary>
        public const string RemoveWildcardBind = "BindNoPort.RemoveWildcardBind";

        /// <summary>Sets the option through SetRawSocketOption(0, 24, ...), the one way that works on Linux.</summary>
        public const string UseRawSocketOption = "BindNoPort.UseRawSocketOption";

        /// <summary>Moves the option call from after the Bind to before it.</summary>
        public const string MoveOptionBeforeBind = "BindNoPort.MoveOptionBeforeBind";
    }
}
