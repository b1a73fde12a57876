using System;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Audit.Analysis;
using BindNoPort.Audit.Inputs;
using Spectre.Console;

namespace BindNoPort.Audit.Reporting
{
    /// <summary>A live progress display on standard error: the scan's count, then each assembly being decompiled.</summary>
    internal sealed class ConsoleProgress : IAuditProgress
    {
        private readonly ProgressContext _context;
        private readonly ProgressTask _scan;
        private ProgressTask? _current;

        private ConsoleProgress(ProgressContext context)
        {
            _context = context;
            _scan = context.AddTask("Scanning assemblies", maxValue: 1);
        }

        public static Task<T> RunAsync<T>(IAnsiConsole console, Func<IAuditProgress, Task<T>> audit) =>
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(context => audit(new ConsoleProgress(context)));

        public void Scanned(AuditedAssembly assembly, int index, int count)
        {
            _scan.MaxValue = count;
            _scan.Value = index;
            _scan.Description = $"Scanned {index}/{count}: {Markup.Escape(assembly.FileName)}";
        }

        public void Decompiling(AuditedAssembly assembly, int types)
        {
            _current = _context.AddTask($"Decompiling {Markup.Escape(assembly.FileName)} ({types} types)", maxValue: 1);
            _current.IsIndeterminate = true;
        }

        public void Analyzed(AuditedAssembly assembly, int findings)
        {
            if (_current is null)
            {
                return;
            }

            _current.Description = $"{Markup.Escape(assembly.FileName)}: {findings} finding(s)";
            _current.IsIndeterminate = false;
            _current.Value = 1;
        }
    }

    /// <summary>No display: for --no-progress and for output that is not a terminal.</summary>
    internal sealed class SilentProgress : IAuditProgress
    {
        public static readonly SilentProgress Instance = new();

        public void Scanned(AuditedAssembly assembly, int index, int count)
        {
        }

        public void Decompiling(AuditedAssembly assembly, int types)
        {
        }

        public void Analyzed(AuditedAssembly assembly, int findings)
        {
        }
    }
}
