using System;
using System.Threading.Tasks;

namespace BindNoPort.Audit
{
    /// <summary>The <c>bindnoport</c> command.</summary>
    internal static class Program
    {
        public static Task<int> Main(string[] args) => BindNoPortCommand.InvokeAsync(args, Console.Out, Console.Error);
    }
}
