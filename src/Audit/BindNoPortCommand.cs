using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace BindNoPort.Audit
{
    /// <summary>
    /// The <c>bindnoport</c> command line: named as the installed command, whatever the assembly is called, and a
    /// command line that does not parse is a usage error (exit code 2) told in one line, never exit code 1, which
    /// means findings.
    /// </summary>
    internal static class BindNoPortCommand
    {
        public const string Name = "bindnoport";

        private const string Usage = "usage: bindnoport audit PATH [--format table|json|sarif] [--output FILE] [--no-progress] | bindnoport globalconfig PATH [--output FILE]; bindnoport audit --help for more.";

        public static Command Create(TextWriter output, TextWriter error) => new(Name, "BindNoPort: find client sockets that bind before they connect and reserve an ephemeral port for every destination.")
        {
            new HelpOption(),
            new VersionOption(),
            AuditCommand.Create(output, error),
            GlobalConfigCommand.Create(output, error),
        };

        public static Task<int> InvokeAsync(string[] arguments, TextWriter output, TextWriter error)
        {
            var result = Create(output, error).Parse(arguments);
            if (result.Action is ParseErrorAction)
            {
                error.WriteLine("error: " + string.Join(" ", result.Errors.Select(parseError => Inputs.UnreadableInput.FirstLine(parseError.Message))));
                error.WriteLine(Usage);
                return Task.FromResult(ExitCodes.BadInput);
            }

            return result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        }
    }
}
