using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BindNoPort.Audit.GlobalConfig;
using BindNoPort.Audit.Inputs;

namespace BindNoPort.Audit
{
    /// <summary>
    /// <c>bindnoport globalconfig PATH [-o FILE]</c>: writes the .globalconfig that lets the BNP rules see the binds and
    /// connects inside a project's dependencies and referenced projects. Exit codes as the audit's (<see cref="ExitCodes"/>):
    /// 1 when it lists a method, 0 when there is none to list (the file is written all the same), 2 on bad input or an
    /// assembly it could not read.
    /// </summary>
    internal static class GlobalConfigCommand
    {
        public const string DefaultFile = "bindnoport.globalconfig";

        public static Command Create(TextWriter output, TextWriter error)
        {
            var path = new Argument<string>("path") { Description = "A project or solution, restored and built (its referenced projects' builds are read), a folder of assemblies, a .dll or a .nupkg." };
            var outputFile = new Option<FileInfo>("--output", "-o")
            {
                Description = "The file to write; " + DefaultFile + " in the current folder by default.",
                DefaultValueFactory = _ => new FileInfo(DefaultFile),
            };
            var command = new Command("globalconfig", "Write the .globalconfig that names the methods of a project's dependencies that bind or connect the socket they are given.")
            {
                path,
                outputFile,
            };
            command.SetAction((result, cancellationToken) => Task.FromResult(Run(result.GetValue(path)!, result.GetValue(outputFile)!, output, error, cancellationToken)));
            return command;
        }

        private static int Run(string path, FileInfo file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        {
            GlobalConfigResult result;
            try
            {
                result = GlobalConfigRun.Run(path, line => error.WriteLine(line), cancellationToken);
            }
            catch (AuditInputException exception)
            {
                error.WriteLine("error: " + exception.Message);
                return ExitCodes.BadInput;
            }

            try
            {
                File.WriteAllText(file.FullName, GlobalConfigFile.Text(path, result.Methods));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {file.FullName} could not be written: {UnreadableInput.FirstLine(exception.Message)}");
                return ExitCodes.BadInput;
            }

            foreach (var problem in result.Problems)
            {
                error.WriteLine($"warning: {problem.Assembly} {problem.Message}");
            }

            var methods = result.Methods;
            output.WriteLine($"{methods.Binding.Length} binding, {methods.Connecting.Length} connecting and {methods.BoundFactories.Length} bound-socket factory method(s) from {result.Assemblies} assembly(ies) written to {file.FullName}.");
            return !result.Problems.IsEmpty ? ExitCodes.BadInput : result.Count == 0 ? ExitCodes.NothingFound : ExitCodes.Found;
        }
    }
}
