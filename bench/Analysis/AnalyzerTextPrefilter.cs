using System;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace BindNoPort.Bench.Analysis
{
    /// <summary>
    /// The BNP analyzers' own text prefilter, the test a code block passes before any semantic work,
    /// reached by reflection because it is internal: the bench counts what the analyzers let through,
    /// not what a copy of their list of names would.
    /// </summary>
    public sealed class AnalyzerTextPrefilter
    {
        // BindBeforeConnectAnalyzer asks SocketMentions.MayUseSockets of a type's declarations before it registers
        // anything for the type; its names come from the compilation's RequiredSymbols.
        private const string TypeName = "BindNoPort.Analyzers.Flow.SocketMentions";
        private const string SymbolsTypeName = "BindNoPort.Analyzers.RequiredSymbols";
        private const string MethodName = "MayUseSockets";

        private readonly Func<SyntaxNode, bool> _passes;

        private AnalyzerTextPrefilter(object instance, MethodInfo method)
        {
            _passes = (Func<SyntaxNode, bool>)method.CreateDelegate(typeof(Func<SyntaxNode, bool>), instance);
        }

        /// <summary>A new prefilter for <paramref name="compilation"/> (each keeps its own per-file cache), or null when the analyzers hold none by that name.</summary>
        public static AnalyzerTextPrefilter? TryCreate(Compilation compilation)
        {
            var assembly = typeof(BindNoPort.Analyzers.Descriptors).Assembly;
            var type = assembly.GetType(TypeName);
            var symbolsType = assembly.GetType(SymbolsTypeName);
            var method = type?.GetMethod(MethodName, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, new[] { typeof(SyntaxNode) });
            var symbols = symbolsType?.GetMethod("TryCreate", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)?.Invoke(null, new object[] { compilation });
            return type is null || method is null || method.ReturnType != typeof(bool) || symbols is null
                ? null
                : new AnalyzerTextPrefilter(Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null, new[] { symbols }, null)!, method);
        }

        /// <summary>Whether the code block gets past the prefilter.</summary>
        public bool Passes(SyntaxNode codeBlock) => _passes(codeBlock);
    }
}
