using System;

namespace BindNoPort.Audit.Inputs
{
    /// <summary>
    /// Reads an input file through a library, turning whatever the library throws on a damaged file into one line
    /// for the user: the file, what it was taken for, and the library's first line of why.
    /// </summary>
    internal static class UnreadableInput
    {
        public static T Guard<T>(string path, string expected, Func<T> read)
        {
            try
            {
                return read();
            }
            catch (Exception exception) when (exception is not (AuditInputException or OperationCanceledException))
            {
                throw new AuditInputException($"{path} cannot be read as {expected}: {FirstLine(exception.Message)}");
            }
        }

        public static string FirstLine(string message)
        {
            var end = message.IndexOfAny(new[] { '\r', '\n' });
            return (end < 0 ? message : message.Substring(0, end)).Trim();
        }
    }
}
