using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Threading;

namespace BindNoPort.Tests.Runtime;

/// <summary>A backend that answers each option with a chosen kernel error and counts the calls that reach it.</summary>
internal sealed class ScriptedSocketOptionBackend : SocketOptionBackend
{
    private readonly ConcurrentDictionary<int, SocketError> _answers = new();
    private int _setCalls;

    internal int SetCalls => Volatile.Read(ref _setCalls);

    internal ScriptedSocketOptionBackend Answer(int name, SocketError error)
    {
        _answers[name] = error;
        return this;
    }

    internal override SocketError SetInt32(Socket socket, int level, int name, int value)
    {
        Interlocked.Increment(ref _setCalls);
        return _answers.TryGetValue(name, out SocketError error) ? error : SocketError.Success;
    }

    internal override SocketError GetInt32(Socket socket, int level, int name, out int value)
    {
        value = 0;
        return _answers.TryGetValue(name, out SocketError error) ? error : SocketError.Success;
    }
}
