using Microsoft.CodeAnalysis;

namespace BindNoPort.Analyzers.Flow
{
    /// <summary>A connect seen in a graph, with its destination as written.</summary>
    internal sealed class ConnectRecord
    {
        public ConnectRecord(IOperation operation, string target)
        {
            Operation = operation;
            Target = target;
        }

        public IOperation Operation { get; }

        public string Target { get; }
    }
}
