using System;
using System.CommandLine;
using System.Threading.Tasks;

namespace BindNoPort.Audit
{
    /// <summary>The <c>bindnoport</c> command.</summary>
    internal static class Program
    {
        public static Task<int> Main(string[] args)
        {
            var root = new RootCommand("BindNoPort: find client sockets that bind before they connect and reserve an ephemeral port for every destination.")
            {
                AuditCommand.Create(Console.Out, Console.Error),
            };
            return root.Parse(args).InvokeAsync();
        }
    }
}
