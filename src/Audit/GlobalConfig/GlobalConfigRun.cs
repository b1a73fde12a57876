using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using BindNoPort.Audit.Inputs;
using BindNoPort.Audit.Reporting;

namespace BindNoPort.Audit.GlobalConfig
{
    /// <summary>What <c>bindnoport globalconfig</c> found: the methods, the assemblies read, and the ones it could not read.</summary>
    internal sealed record GlobalConfigResult(LibraryMethods Methods, int Assemblies, ImmutableArray<AuditProblem> Problems)
    {
        public int Count => Methods.Binding.Length + Methods.Connecting.Length + Methods.BoundFactories.Length;
    }

    /// <summary>
    /// The binding and connecting methods of every assembly a project runs with, its referenced projects' builds
    /// included. An assembly that cannot be read is reported and the others go on, as in the audit.
    /// </summary>
    internal static class GlobalConfigRun
    {
        public static GlobalConfigResult Run(string input, Action<string> progress, CancellationToken cancellationToken)
        {
            var scratch = Directory.CreateTempSubdirectory("bindnoport-globalconfig-");
            try
            {
                var assemblies = AuditInputs.Resolve(input, scratch.FullName, withProjectReferences: true);
                var binding = new SortedSet<string>(StringComparer.Ordinal);
                var connecting = new SortedSet<string>(StringComparer.Ordinal);
                var factories = new SortedSet<string>(StringComparer.Ordinal);
                var problems = ImmutableArray.CreateBuilder<AuditProblem>();
                for (var index = 0; index < assemblies.Count; index++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var assembly = assemblies[index];
                    progress($"[{index + 1}/{assemblies.Count}] {assembly.FileName}");
                    try
                    {
                        var methods = LibrarySocketMethods.Read(assembly, cancellationToken);
                        binding.UnionWith(methods.Binding);
                        connecting.UnionWith(methods.Connecting);
                        factories.UnionWith(methods.BoundFactories);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        problems.Add(new AuditProblem(assembly.Path, "could not be read for its socket methods: " + exception.GetType().Name + ": " + UnreadableInput.FirstLine(exception.Message)));
                    }
                }

                return new GlobalConfigResult(new LibraryMethods(binding.ToImmutableArray(), connecting.ToImmutableArray(), factories.ToImmutableArray()), assemblies.Count, problems.ToImmutable());
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        }
    }
}
