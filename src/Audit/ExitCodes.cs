namespace BindNoPort.Audit
{
    /// <summary>What <c>bindnoport</c>'s exit code tells a CI step; docs/audit.md lists the same table.</summary>
    internal static class ExitCodes
    {
        /// <summary>Every assembly was audited and none binds a client socket before it connects.</summary>
        public const int NothingFound = 0;

        /// <summary>At least one finding.</summary>
        public const int Found = 1;

        /// <summary>
        /// Bad input or usage: a missing path, an unreadable or damaged file, a project not restored or whose restore
        /// logged errors, nothing to audit, an assembly that could not be read, or a command line that does not parse.
        /// </summary>
        public const int BadInput = 2;
    }
}
