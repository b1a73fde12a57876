using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace BindNoPort.CodeFixes
{
    /// <summary>Finds the call a diagnostic is about, whether it points at the call, a part of it, or the statement around it.</summary>
    internal static class TargetNodes
    {
        public static TNode? Find<TNode>(SyntaxNode node, Func<TNode, bool>? accept = null)
            where TNode : SyntaxNode
        {
            accept ??= _ => true;
            return node.AncestorsAndSelf().OfType<TNode>().FirstOrDefault(accept)
                ?? node.DescendantNodes().OfType<TNode>().FirstOrDefault(accept);
        }
    }
}
