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
        // Today's engine: BindBeforeConnectAnalyzer asks SocketMentions.MayUseSockets(codeBlock) first.
        private const string TypeName = "BindNoPort.Analyzers.Flow.SocketMentions";
        private const string MethodName = "MayUseSockets";

        private readonly Func<SyntaxNode, bool> _passes;

        private AnalyzerTextPrefilter(object instance, MethodInfo method)
        {
            _passes = (Func<SyntaxNode, bool>)method.CreateDelegate(typeof(Func<SyntaxNode, bool>), instance);
        }

        /// <summary>A new prefilter (each keeps its own per-file cache), or null when the analyzers hold none by that name.</summary>
        public static AnalyzerTextPrefilter? TryCreate()
        {
            var type = typeof(BindNoPort.Analyzers.Descriptors).Assembly.GetType(TypeName);
            var method = type?.GetMethod(MethodName, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, new[] { typeof(SyntaxNode) });
            return type is null || method is null || method.ReturnType != typeof(bool)
                ? null
                : new AnalyzerTextPrefilter(Activator.CreateInstance(type, nonPublic: true)!, method);
        }

        /// <summary>Whether the code block gets past the prefilter.</summary>
        public bool Passes(SyntaxNode codeBlock) => _passes(codeBlock);
    }
}
