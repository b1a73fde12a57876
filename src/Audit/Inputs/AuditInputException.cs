using System;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>Input the audit cannot start from: the message says what is wrong and what to do; the exit code is 2.</summary>
    internal sealed class AuditInputException : Exception
    {
        public AuditInputException(string message)
            : base(message)
        {
        }
    }
}
