using System.IO;
using System.Threading.Tasks;
using BindNoPort.Audit;
using Xunit;

namespace BindNoPort.Tests.Audit
{
    /// <summary>The <c>bindnoport</c> command line run in the test's process, its output and error captured.</summary>
    internal sealed record AuditRunner(int ExitCode, string Output, string Error)
    {
        public static async Task<AuditRunner> RunAsync(params string[] arguments)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = await BindNoPortCommand.InvokeAsync(arguments, output, error);
            return new AuditRunner(exitCode, output.ToString(), error.ToString());
        }

        /// <summary>Exit code 2, the reason on standard error in one line, no stack trace, and never "nothing found".</summary>
        public void AssertBadInput(string reason)
        {
            Assert.True(ExitCode == ExitCodes.BadInput, $"exit code {ExitCode}\n{Output}\n{Error}");
            Assert.Contains(reason, Error);
            Assert.StartsWith("error: ", Error);
            Assert.DoesNotContain("   at ", Error);
            Assert.DoesNotContain("No dependency binds", Output);
        }
    }
}
